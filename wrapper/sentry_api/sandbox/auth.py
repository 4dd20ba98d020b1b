"""Bearer tokens, their scopes, and the 401/403 answers Sentry gives."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .ratelimit import RateLimit

DEMO_TOKEN = "sandbox-demo-token"

# Every scope a Sentry auth token can carry (docs.sentry.io "Permissions & Scopes").
ALL_SCOPES: tuple[str, ...] = (
    "org:read",
    "org:write",
    "org:admin",
    "org:integrations",
    "org:ci",
    "member:read",
    "member:write",
    "member:admin",
    "member:invite",
    "team:read",
    "team:write",
    "team:admin",
    "project:read",
    "project:write",
    "project:admin",
    "project:releases",
    "event:read",
    "event:write",
    "event:admin",
    "alerts:read",
    "alerts:write",
)

# Messages as Sentry's authentication classes and DRF word them.
NOT_PROVIDED = "Authentication credentials were not provided."
INVALID_TOKEN = "Invalid token"
EXPIRED_TOKEN = "Token expired"
NO_CREDENTIALS = "Invalid token header. No credentials provided."
HAS_SPACES = "Invalid token header. Token string should not contain spaces."
FORBIDDEN = "You do not have permission to perform this action."


@dataclass
class TokenInfo:
    """What the sandbox knows about one token. ``user_id`` is the user it acts as."""

    token: str
    scopes: frozenset[str]
    user_id: int | None = None
    expired: bool = False
    rate_limit: RateLimit | None = None

    def allows(self, accepted: Iterable[str]) -> bool:
        """A token passes when it holds ANY of the operation's accepted scopes."""
        return any(scope in self.scopes for scope in accepted)


class AuthError(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class TokenRegistry:
    """The tokens a sandbox accepts. Thread-safe: tests add tokens while a server runs."""

    def __init__(self, default_user_id: int | None = None) -> None:
        self._tokens: dict[str, TokenInfo] = {}
        self._lock = threading.Lock()
        self.default_user_id = default_user_id

    def add(
        self,
        token: str,
        scopes: Iterable[str] = ALL_SCOPES,
        *,
        user_id: int | None = None,
        rate_limit: RateLimit | None = None,
    ) -> TokenInfo:
        if not token or any(ch.isspace() for ch in token):
            raise ValueError("a token must be a non-empty string without whitespace")
        if isinstance(scopes, str):
            raise TypeError("scopes must be a collection of scope names, not one string")
        info = TokenInfo(
            token=token,
            scopes=frozenset(scopes),
            user_id=user_id if user_id is not None else self.default_user_id,
            rate_limit=rate_limit,
        )
        with self._lock:
            self._tokens[token] = info
        return info

    def add_many(self, tokens: Mapping[str, Iterable[str]]) -> None:
        for token, scopes in tokens.items():
            self.add(token, scopes)

    def remove(self, token: str) -> None:
        with self._lock:
            self._tokens.pop(token, None)

    def expire(self, token: str) -> None:
        with self._lock:
            self._tokens[token].expired = True

    def get(self, token: str) -> TokenInfo | None:
        return self._tokens.get(token)

    def __contains__(self, token: object) -> bool:
        return token in self._tokens

    def tokens(self) -> list[TokenInfo]:
        with self._lock:
            return list(self._tokens.values())


def bearer_token(header: str | None) -> str | None:
    """The token in an ``Authorization`` header, or None when no Bearer credentials were sent.

    Raises :class:`AuthError` for a Bearer header that is present but malformed, as Sentry's
    token authentication does.
    """
    if not header:
        return None
    parts = header.split()
    if not parts or parts[0].lower() != "bearer":
        # Another scheme (Basic, DSN): no authenticator claims it, so nothing was "provided".
        return None
    if len(parts) == 1:
        raise AuthError(NO_CREDENTIALS)
    if len(parts) > 2:
        raise AuthError(HAS_SPACES)
    return parts[1]


def authenticate(registry: TokenRegistry, header: str | None) -> TokenInfo:
    """Resolve the caller's token or raise :class:`AuthError` with Sentry's 401 detail."""
    token = bearer_token(header)
    if token is None:
        raise AuthError(NOT_PROVIDED)
    info = registry.get(token)
    if info is None:
        raise AuthError(INVALID_TOKEN)
    if info.expired:
        raise AuthError(EXPIRED_TOKEN)
    return info


def insufficient_scope_challenge(accepted: Iterable[str]) -> str:
    """The ``WWW-Authenticate`` value sent with a 403 for a missing scope (RFC 6750 style)."""
    first = next(iter(accepted), "")
    return f'Bearer error="insufficient_scope", scope="{first}"'
