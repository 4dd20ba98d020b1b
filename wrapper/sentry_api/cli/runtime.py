"""Per-invocation state: the settings from the global options, the (lazy) client, and the one
generic call path every command uses (``call``, the resource commands, lists with progress)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sentry_api.cli import config
from sentry_api.cli.errors import ApiFailure, exit_code, failure_message
from sentry_api.cli.output import Output
from sentry_api.cli.params import ORG_PARAM

if TYPE_CHECKING:
    from sentry_api.client import SentryClient
    from sentry_api.result import Result
    from sentry_api.validation import ValidationMode

DEMO_ORG = "acme"
PROJECT_PARAM = "project_id_or_slug"


@dataclass
class Settings:
    token: str | None = None
    url: str | None = None
    region: str | None = None
    org: str | None = None
    project: str | None = None
    sandbox: bool = False
    validation: ValidationMode | None = None  # None: SENTRY_API_VALIDATION, else lenient


@contextmanager
def open_sandbox() -> Iterator[Any]:
    """The in-process sandbox behind ``--sandbox``: fresh demo data for every invocation.

    A module-level hook so tests can hand several invocations one shared sandbox.
    """
    try:
        from sentry_api.sandbox import Sandbox
    except ImportError as exc:  # the message names the extra to install
        raise click.UsageError(f"--sandbox is not available: {exc}") from None

    with Sandbox() as sandbox:
        yield sandbox


# The global options that set the client's limits, and their environment variables.
_LIMIT_ENV = {
    "timeout": "SENTRY_API_TIMEOUT",
    "max_response_bytes": "SENTRY_API_MAX_RESPONSE_BYTES",
}


class State:
    """Lives in ``click.Context.obj`` for one invocation; the client is built on first use, so
    ``--help``, ``scopes`` and usage errors never need a token or import the HTTP stack."""

    def __init__(self, out: Output) -> None:
        self.out = out
        self.sandbox = False
        self.strict = False
        # Values typed on the command line: name -> (value, the option used).
        self._flags: dict[str, tuple[str, str]] = {}
        # --timeout and --max-response-bytes: name -> (value, the option used).
        self._limit_flags: dict[str, tuple[str, str]] = {}
        self._settings: Settings | None = None
        self.resolved: config.Resolved | None = None
        self._client: SentryClient | None = None
        self._resources = ExitStack()
        # Told about every wait of the client (rate limit, retry back-off): a listing's
        # progress line shows it.
        self.on_wait: Callable[[float], None] | None = None

    def give(self, name: str, value: str | bool, option: str) -> None:
        """A global option from the command line, before or after the subcommand (the later
        one wins). Settings are resolved on first use, once every option has been parsed."""
        if name == "sandbox":
            self.sandbox = self.sandbox or bool(value)
        elif name == "strict":
            self.strict = self.strict or bool(value)
        elif name in _LIMIT_ENV and isinstance(value, str):
            self._limit_flags[name] = (value, option)
        elif isinstance(value, str):
            self._flags[name] = (value, option)
        self._settings = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = self._resolve()
            self.out.redact.add(self._settings.token)
        return self._settings

    def _resolve(self) -> Settings:
        env: Mapping[str, str] = os.environ
        files: list[Path] = []
        if self.sandbox:
            for name in ("url", "region"):
                if name in self._flags:
                    raise click.UsageError(f"--{name} cannot be combined with --sandbox")
            # A real token or server from the environment or a .sentryclirc would only be
            # refused by the sandbox; the organization and project still apply.
            kept = (config.ENV["org"], config.ENV["project"])
            env = {variable: os.environ.get(variable, "") for variable in kept}
        else:
            files = config.rc_files(Path.cwd(), _home())
        try:
            resolved = config.resolve(self._flags, env, files)
        except config.ConfigError as exc:
            raise click.UsageError(str(exc)) from None
        self.resolved = resolved
        return Settings(
            token=resolved.get("token"),
            url=resolved.get("url"),
            region=resolved.get("region"),
            org=resolved.get("org"),
            project=resolved.get("project"),
            sandbox=self.sandbox,
            validation="strict" if self.strict else None,
        )

    @property
    def organization(self) -> str | None:
        return self.settings.org or (DEMO_ORG if self.settings.sandbox else None)

    @property
    def project(self) -> str | None:
        return self.settings.project

    def fill_project(self, meta: Mapping[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        """The default project (--project, SENTRY_PROJECT, .sentryclirc) for an operation that
        takes one in its path, when none was given."""
        takes_project = any(p["name"] == PROJECT_PARAM for p in meta.get("path_params", ()))
        if takes_project and not params.get(PROJECT_PARAM) and self.project:
            params[PROJECT_PARAM] = self.project
        return params

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
        limits = self._limits()
        try:
            if settings.sandbox:
                sandbox = self._resources.enter_context(open_sandbox())
                return SentryClient(
                    settings.token or sandbox.token,
                    base_url=sandbox.url,
                    organization=self.organization,
                    transport=sandbox.sync_transport(),
                    sleep=self._sleep,
                    validation=settings.validation,
                    **limits,
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
                sleep=self._sleep,
                validation=settings.validation,
                **limits,
            )
        except (ValueError, TypeError) as exc:
            # The client validates region names and URLs before any request. These are global
            # options, so the hint points at the root command's help.
            root = click.get_current_context(silent=True)
            what = (
                "SENTRY_API_VALIDATION"
                if "SENTRY_API_VALIDATION" in str(exc)
                else "token"
                if "auth token" in str(exc) or "header" in str(exc)
                else "--url/--region"
            )
            raise click.UsageError(
                f"invalid {what}: {exc}", ctx=root.find_root() if root else None
            ) from None

    def _limits(self) -> dict[str, Any]:
        """``timeout`` and ``max_response_bytes`` from --timeout/--max-response-bytes or
        SENTRY_API_TIMEOUT/SENTRY_API_MAX_RESPONSE_BYTES (the option wins)."""
        from sentry_api.operations import MAX_TIMEOUT, is_timeout

        limits: dict[str, Any] = {}
        for name, variable in _LIMIT_ENV.items():
            text, where = self._limit_flags.get(name) or (os.environ.get(variable, ""), variable)
            if not text.strip():
                continue
            number: float | int | None
            if name == "timeout":
                try:
                    number = float(text)
                except ValueError:
                    number = None
                valid = number is not None and is_timeout(number)
                wanted = f"a positive number of seconds, at most {MAX_TIMEOUT:,.0f}"
            else:
                number = int(text) if text.strip().isdigit() else None
                valid = number is not None and number >= 1
                wanted = "a positive whole number of bytes"
            if not valid:
                raise click.UsageError(f"invalid {where}: {text!r}; expected {wanted}")
            limits[name] = number
        return limits

    def _sleep(self, seconds: float) -> None:
        if self.on_wait is not None:
            self.on_wait(seconds)
        time.sleep(seconds)

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

    def call(self, meta: Mapping[str, Any], params: Mapping[str, Any]) -> Result[Any]:
        return self.client().call(meta["operation_id"], **params)

    def call_or_fail(self, meta: Mapping[str, Any], params: Mapping[str, Any]) -> Any:
        """The JSON data of a successful call; a failure becomes the one-line error."""
        result = self.call(meta, params)
        envelope = result.to_dict()
        if not result.success:
            raise ApiFailure(failure_message(meta, envelope), exit_code(envelope))
        return envelope.get("data")


def _home() -> Path | None:
    try:
        return Path.home()
    except RuntimeError:  # no HOME and no passwd entry: there is no global .sentryclirc
        return None
