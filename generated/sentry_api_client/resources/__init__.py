"""The typed namespaces of the clients: ``client.issues``, ``client.projects``...

Rendered by scripts/generate.py with templates/resources/resources_init.py.jinja; do not edit.
:class:`Resources` and :class:`AsyncResources` are mixed into ``SentryClient`` and
``AsyncSentryClient``; each namespace module is imported when first used.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sentry_api.resources import AsyncCaller, SyncCaller

    from .issues import AsyncIssues as AsyncIssues
    from .issues import Issues as Issues

    from .events import AsyncEvents as AsyncEvents
    from .events import Events as Events

    from .projects import AsyncProjects as AsyncProjects
    from .projects import Projects as Projects

    from .teams import AsyncTeams as AsyncTeams
    from .teams import Teams as Teams

    from .organizations import AsyncOrganizations as AsyncOrganizations
    from .organizations import Organizations as Organizations

    from .releases import AsyncReleases as AsyncReleases
    from .releases import Releases as Releases

    from .members import AsyncMembers as AsyncMembers
    from .members import Members as Members

__all__ = ["AsyncResources", "NAMESPACE_NAMES", "Resources"]

# The namespace classes, importable from here (``from sentry_api_client.resources import
# Issues``) without importing every namespace module when the package is imported.
_LAZY = {
    "AsyncIssues": "issues",
    "Issues": "issues",
    "AsyncEvents": "events",
    "Events": "events",
    "AsyncProjects": "projects",
    "Projects": "projects",
    "AsyncTeams": "teams",
    "Teams": "teams",
    "AsyncOrganizations": "organizations",
    "Organizations": "organizations",
    "AsyncReleases": "releases",
    "Releases": "releases",
    "AsyncMembers": "members",
    "Members": "members",
}

if not TYPE_CHECKING:  # the type checker reads the imports above; this is for run time

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{module}"), name)


NAMESPACE_NAMES = (
    "issues",
    "events",
    "projects",
    "teams",
    "organizations",
    "releases",
    "members",
)


class Resources:
    """The namespaces of a synchronous client (a mixin of ``SentryClient``)."""

    @functools.cached_property
    def issues(self: SyncCaller) -> Issues:
        from .issues import Issues

        return Issues(self)

    @functools.cached_property
    def events(self: SyncCaller) -> Events:
        from .events import Events

        return Events(self)

    @functools.cached_property
    def projects(self: SyncCaller) -> Projects:
        from .projects import Projects

        return Projects(self)

    @functools.cached_property
    def teams(self: SyncCaller) -> Teams:
        from .teams import Teams

        return Teams(self)

    @functools.cached_property
    def organizations(self: SyncCaller) -> Organizations:
        from .organizations import Organizations

        return Organizations(self)

    @functools.cached_property
    def releases(self: SyncCaller) -> Releases:
        from .releases import Releases

        return Releases(self)

    @functools.cached_property
    def members(self: SyncCaller) -> Members:
        from .members import Members

        return Members(self)


class AsyncResources:
    """The namespaces of an asyncio client (a mixin of ``AsyncSentryClient``)."""

    @functools.cached_property
    def issues(self: AsyncCaller) -> AsyncIssues:
        from .issues import AsyncIssues

        return AsyncIssues(self)

    @functools.cached_property
    def events(self: AsyncCaller) -> AsyncEvents:
        from .events import AsyncEvents

        return AsyncEvents(self)

    @functools.cached_property
    def projects(self: AsyncCaller) -> AsyncProjects:
        from .projects import AsyncProjects

        return AsyncProjects(self)

    @functools.cached_property
    def teams(self: AsyncCaller) -> AsyncTeams:
        from .teams import AsyncTeams

        return AsyncTeams(self)

    @functools.cached_property
    def organizations(self: AsyncCaller) -> AsyncOrganizations:
        from .organizations import AsyncOrganizations

        return AsyncOrganizations(self)

    @functools.cached_property
    def releases(self: AsyncCaller) -> AsyncReleases:
        from .releases import AsyncReleases

        return AsyncReleases(self)

    @functools.cached_property
    def members(self: AsyncCaller) -> AsyncMembers:
        from .members import AsyncMembers

        return AsyncMembers(self)
