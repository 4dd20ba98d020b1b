"""Cookies, kept as httpx keeps them, without httpx's cost of looking for none.

After every response, ``httpx.Client`` hands it to its cookie jar through the standard
library's adapters (a ``urllib.request.Request`` and an ``email.message.Message`` holding a
copy of every header), about 20 µs a response, which is more than all of this client's own
work on a call. Sentry's API authenticates with tokens and sets no cookies, so that work
almost always finds nothing. :class:`LeanCookies` does it only for a response that carries a
``Set-Cookie`` header; such a cookie (from a proxy or a load balancer in front of a
self-hosted Sentry, say) is kept and sent back exactly as httpx would.

:class:`HttpClient` and :class:`AsyncHttpClient` are ``httpx.Client`` and ``httpx.AsyncClient``
with that jar, through their public ``cookies`` property.
"""

from __future__ import annotations

from http.cookiejar import CookieJar
from typing import Any

import httpx

__all__ = ["AsyncHttpClient", "HttpClient", "LeanCookies"]

# What httpx accepts as cookies (its own alias is private).
Jar = httpx.Cookies | CookieJar | dict[str, str] | list[tuple[str, str]]

# The headers http.cookiejar reads cookies from (Set-Cookie2: RFC 2965, if a policy allows it).
_SETTING = frozenset({b"set-cookie", b"set-cookie2"})


class LeanCookies(httpx.Cookies):
    """``httpx.Cookies`` that skips responses without a ``Set-Cookie`` header."""

    def extract_cookies(self, response: httpx.Response) -> None:
        for name, _ in response.headers.raw:
            if name.lower() in _SETTING:
                super().extract_cookies(response)
                return


class _LeanJar:
    """Gives an httpx client a :class:`LeanCookies` jar, through its public ``cookies``
    property (httpx's own ``__init__`` sets a private attribute, not the property)."""

    _lean_cookies: LeanCookies

    def __init__(self, **options: Any) -> None:
        cookies = options.pop("cookies", None)
        self._lean_cookies = LeanCookies()
        super().__init__(**options)
        self.cookies = cookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._lean_cookies

    @cookies.setter
    def cookies(self, cookies: Jar | None) -> None:
        self._lean_cookies = LeanCookies(cookies)


class HttpClient(_LeanJar, httpx.Client):
    """``httpx.Client`` whose cookie jar is a :class:`LeanCookies`."""


class AsyncHttpClient(_LeanJar, httpx.AsyncClient):
    """``httpx.AsyncClient`` whose cookie jar is a :class:`LeanCookies`."""
