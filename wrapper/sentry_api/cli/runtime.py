"""Per-invocation state: the settings from the global options, the (lazy) client, and the one
generic call path every command uses (``call``, the resource commands, lists with progress)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from sentry_api.cli.errors import ApiFailure, exit_code, failure_message
from sentry_api.cli.output import Output
from sentry_api.cli.params import ORG_PARAM

if TYPE_CHECKING:
    from sentry_api.client import SentryClient
    from sentry_api.result import Result
    from sentry_api.validation import ValidationMode

DEMO_ORG = "acme"
# Items asked for per request while following a list: Sentry's largest page.
PAGE_SIZE = 100


@dataclass
class Settings:
    token: str | None = None
    url: str | None = None
    region: str | None = None
    org: str | None = None
    sandbox: bool = False
    validation: ValidationMode | None = None  # None: SENTRY_API_VALIDATION, else lenient


@contextmanager
def open_sandbox() -> Iterator[Any]:
    """The in-process sandbox behind ``--sandbox``: fresh demo data for every invocation.

    A module-level hook so tests can hand several invocations one shared sandbox.
    """
    from sentry_api.sandbox import Sandbox

    with Sandbox() as sandbox:
        yield sandbox


class State:
    """Lives in ``click.Context.obj`` for one invocation; the client is built on first use, so
    ``--help``, ``scopes`` and usage errors never need a token or import the HTTP stack."""

    def __init__(self, out: Output) -> None:
        self.out = out
        self.settings = Settings()
        self._client: SentryClient | None = None
        self._resources = ExitStack()

    def configure(self, settings: Settings) -> None:
        self.settings = settings
        self.out.redact.add(settings.token)

    @property
    def organization(self) -> str | None:
        return self.settings.org or (DEMO_ORG if self.settings.sandbox else None)

    def require_organization(self) -> str:
        org = self.organization
        if not org:
            raise click.UsageError(
                "no organization: pass --org SLUG or set SENTRY_ORG (or try --sandbox)"
            )
        return org

    # ------------------------------------------------------------------ client
    def client(self) -> SentryClient:
        if self._client is None:
            self._client = self._build_client()
        return self._client

    def _build_client(self) -> SentryClient:
        from sentry_api import SentryClient

        settings = self.settings
        try:
            if settings.sandbox:
                sandbox = self._resources.enter_context(open_sandbox())
                return SentryClient(
                    settings.token or sandbox.token,
                    base_url=sandbox.url,
                    organization=self.organization,
                    transport=sandbox.sync_transport(),
                    validation=settings.validation,
                )
            if not settings.token:
                raise click.UsageError(
                    "no auth token: set SENTRY_AUTH_TOKEN or pass --token "
                    "(or try --sandbox for demo data)"
                )
            return SentryClient(
                settings.token,
                region=settings.region,
                base_url=settings.url,
                organization=self.organization,
                validation=settings.validation,
            )
        except (ValueError, TypeError) as exc:
            # The client validates region names and URLs before any request. These are global
            # options, so the hint points at the root command's help.
            root = click.get_current_context(silent=True)
            what = (
                "SENTRY_API_VALIDATION" if "SENTRY_API_VALIDATION" in str(exc) else "--url/--region"
            )
            raise click.UsageError(
                f"invalid {what}: {exc}", ctx=root.find_root() if root else None
            ) from None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        self._resources.close()

    # ------------------------------------------------------------------ calls
    def with_org(self, meta: Mapping[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        """Fill the organization path parameter from --org (or the sandbox default)."""
        self.client()  # configuration problems (no token, bad URL) come first
        takes_org = any(p["name"] == ORG_PARAM for p in meta.get("path_params", ()))
        if takes_org and not params.get(ORG_PARAM):
            params[ORG_PARAM] = self.require_organization()
        return params

    def call(self, meta: Mapping[str, Any], params: Mapping[str, Any]) -> Result:
        return self.client().call(meta["operation_id"], **params)

    def call_or_fail(self, meta: Mapping[str, Any], params: Mapping[str, Any]) -> Any:
        """The JSON data of a successful call; a failure becomes the one-line error."""
        result = self.call(meta, params)
        envelope = result.to_dict()
        if not result.success:
            raise ApiFailure(failure_message(meta, envelope), exit_code(envelope))
        return envelope.get("data")

    def collect(
        self,
        meta: Mapping[str, Any],
        params: Mapping[str, Any],
        *,
        max_items: int,
        noun: str,
    ) -> tuple[list[Any], bool]:
        """Follow a list's cursors until ``max_items`` (0 = all) or the end.

        Returns the items and whether more may follow. Requests go one page at a time so the
        progress bar moves and a failure midway still reports cleanly.
        """
        items: list[Any] = []
        cursor = params.get("cursor")
        with self.out.progress(f"Fetching {noun}", total=max_items or None) as progress:
            while True:
                want = PAGE_SIZE if not max_items else min(PAGE_SIZE, max_items - len(items))
                page_params = {**params, "max_results": want}
                if cursor:
                    page_params["cursor"] = cursor
                result = self.call(meta, page_params)
                envelope = result.to_dict()
                if not result.success:
                    raise ApiFailure(failure_message(meta, envelope), exit_code(envelope))
                page = envelope.get("data") or []
                items.extend(page)
                progress.advance(len(page))
                cursor = result.next_cursor
                if not cursor or not page:
                    return items, False
                if max_items and len(items) >= max_items:
                    return items, True
