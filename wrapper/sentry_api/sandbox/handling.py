"""What a handler receives (:class:`Call`), what it returns (:class:`Reply`, :class:`ListReply`),
how it fails (:class:`ApiError`), and the registry that maps operation IDs to handlers.

Handlers are plain synchronous functions registered per operationId with ``@operation``; the
dispatcher has already authenticated the caller, resolved the path's organization, project,
team, issue, release and member (404 when missing), checked scopes, and validated the body.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from starlette.datastructures import QueryParams

from .auth import TokenInfo
from .operations import Operation
from .state import Issue, Member, Organization, Project, Release, State, Team, User

if TYPE_CHECKING:
    from .sandbox import Sandbox

T = TypeVar("T")

NOT_FOUND = "The requested resource does not exist"


class ApiError(Exception):
    """An error answer: ``status`` with a JSON ``body`` (Sentry's ``{"detail": ...}`` shape or
    field errors)."""

    def __init__(
        self,
        status: int,
        body: dict[str, Any] | str,
        headers: Sequence[tuple[str, str]] = (),
    ) -> None:
        payload = {"detail": body} if isinstance(body, str) else body
        super().__init__(payload)
        self.status = status
        self.body = payload
        self.headers = tuple(headers)


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND)


def field_error(name: str, message: str) -> ApiError:
    return ApiError(400, {name: [message]})


@dataclass
class Reply:
    """A response: ``data`` is JSON-ready, or None for an empty body (202/204)."""

    status: int
    data: Any = None
    headers: Sequence[tuple[str, str]] = ()


@dataclass
class ListReply(Generic[T]):
    """A list answer. The dispatcher paginates ``items`` (already filtered and sorted) for
    cursor-paginated operations and serializes only the page it sends."""

    items: Sequence[T]
    serialize: Callable[[T], Any]
    headers: Sequence[tuple[str, str]] = ()


@dataclass
class Call:
    sandbox: Sandbox
    op: Operation
    params: dict[str, str]
    query: QueryParams
    body: Any
    token: TokenInfo
    region: str | None
    base_url: str
    resolved: dict[str, Any] = field(default_factory=dict)

    @property
    def state(self) -> State:
        return self.sandbox.state

    @property
    def user(self) -> User | None:
        return self.state.users.get(self.token.user_id) if self.token.user_id else None

    def _get(self, name: str) -> Any:
        value = self.resolved.get(name)
        if value is None:
            raise not_found()
        return value

    @property
    def org(self) -> Organization:
        value: Organization = self._get("organization")
        return value

    @property
    def project(self) -> Project:
        value: Project = self._get("project")
        return value

    @property
    def team(self) -> Team:
        value: Team = self._get("team")
        return value

    @property
    def issue(self) -> Issue:
        value: Issue = self._get("issue")
        return value

    @property
    def release(self) -> Release:
        value: Release = self._get("release")
        return value

    @property
    def member(self) -> Member:
        value: Member = self._get("member")
        return value

    # -------------------------------------------------------------- query helpers

    def arg(self, name: str, default: str | None = None) -> str | None:
        return self.query.get(name, default)

    def args(self, name: str) -> list[str]:
        return self.query.getlist(name)

    def flag(self, name: str, default: bool = False) -> bool:
        """A boolean query parameter as Sentry reads them (``1``/``true``/``yes``)."""
        raw = self.query.get(name)
        if raw is None or raw == "":
            return default
        return raw.strip().lower() in ("1", "true", "yes", "on")

    def body_dict(self) -> dict[str, Any]:
        return self.body if isinstance(self.body, dict) else {}


Handler = Callable[[Call], "Reply | ListReply[Any]"]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register ``func`` as the handler of ``operation_id``."""

    def register(func: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = func
        return func

    return register
