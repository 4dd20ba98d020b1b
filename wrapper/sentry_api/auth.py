"""The auth token holder: the secret is only ever handed to the HTTP layer, never printed.

``repr()``, ``str()``, f-strings, logging, pickling and ``vars()`` of a :class:`Token` all show a
redacted placeholder. :meth:`Token.redact` scrubs the secret out of any text that might have
picked it up (a server that echoes the request back, an exception message), which the client
applies to every error it reports as a second line of defence.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

REDACTED = "[redacted]"


def clean_secret(secret: str) -> str:
    """The one place a secret is normalised: surrounding whitespace (a pasted token, a quoted
    environment variable) is never part of it. The client and the CLI's redaction both use it."""
    return secret.strip()


class Token:
    """A bearer token. Compare with ``==`` against another Token; read it with :meth:`reveal`.

    ``spaces=True`` makes a holder for any credential header value (``Bearer abc``), which
    may contain inner spaces but still no control character. A Token given as a value of the
    client's ``headers=`` marks that header as a secret whatever its name.
    """

    __slots__ = ("__pattern", "__secret")

    def __init__(self, secret: str, *, spaces: bool = False) -> None:
        secret = clean_secret(secret)
        if not secret:
            raise ValueError("the auth token is empty")
        # A token with a line break or other control character would let a caller inject
        # headers; httpx rejects it later with a message that quotes the value, so refuse here.
        lowest = 0x20 if spaces else 0x21
        if any(ord(ch) < lowest or ord(ch) == 0x7F for ch in secret):
            raise ValueError("the auth token contains whitespace or control characters")
        self.__secret = secret
        self.__pattern: re.Pattern[str] | None = None

    @classmethod
    def optional(cls, secret: str | Token | None) -> Token | None:
        """A Token from a string (``None`` or blank -> ``None``), or the Token itself."""
        if secret is None or isinstance(secret, Token):
            return secret
        if not isinstance(secret, str):
            raise TypeError(f"token must be a string, not {type(secret).__name__}")
        return cls(secret) if secret.strip() else None

    def reveal(self) -> str:
        """The secret itself; only for building the Authorization header."""
        return self.__secret

    def authorization(self) -> str:
        return f"Bearer {self.__secret}"

    def redact(self, text: str) -> str:
        """``text`` with every occurrence of the secret, as a whole token, replaced by a
        placeholder: a secret "t" hides "t" in "token t" but leaves "update" alone."""
        if self.__secret not in text:
            return text
        pattern = self.__pattern
        if pattern is None:
            # Not preceded or followed by a character that could continue the token.
            pattern = re.compile(rf"(?<![\w]){re.escape(self.__secret)}(?![\w])")
            self.__pattern = pattern
        return pattern.sub(REDACTED, text)

    def appears_in(self, text: str) -> bool:
        return self.__secret in text and self.redact(text) != text

    def __repr__(self) -> str:
        return f"Token({REDACTED!r})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        import hmac

        # As bytes: compare_digest refuses str with non-ASCII characters (a TypeError).
        mine = self.__secret.encode("utf-8", "surrogatepass")
        return hmac.compare_digest(mine, other.__secret.encode("utf-8", "surrogatepass"))

    def __hash__(self) -> int:
        return hash((Token, self.__secret))

    def __reduce__(self) -> NoReturn:
        # Pickling would write the secret to disk or a queue; make that an explicit choice.
        raise TypeError("a Token cannot be pickled; pass the secret explicitly where needed")

    def __getstate__(self) -> NoReturn:
        raise TypeError("a Token cannot be pickled")

    def __deepcopy__(self, memo: dict[int, Any]) -> Token:
        return self

    def __copy__(self) -> Token:
        return self


def require_ascii(token: Token, what: str = "the auth token") -> Token:
    """``token``, if it can be sent: an HTTP header carries ASCII only (httpx would otherwise
    fail on every request, with a message that does not say why)."""
    if not token.reveal().isascii():
        raise ValueError(f"{what} contains non-ASCII characters; HTTP headers carry ASCII only")
    return token


def redact_text(text: str, token: Token | None) -> str:
    return text if token is None else token.redact(text)
