"""Control routes under ``/__sandbox__/`` for driving a sandbox that runs in another process.

Every control route needs the sandbox's admin token (``Authorization: Bearer <admin token>``;
``Sandbox.admin_token``, printed by ``python -m sentry_api.sandbox`` and ``sentry-api sandbox``),
and a request with a body must say ``Content-Type: application/json``. Listening on 127.0.0.1
is not enough on its own: any local process could otherwise mint a token with every scope, and a
web page could reach the routes through CSRF (a ``text/plain`` "simple" request needs no
preflight) or DNS rebinding (the app also refuses any Host that is not loopback, see app.py).

* ``GET /__sandbox__/health`` — liveness, URLs and the demo token's name
* ``GET|POST|DELETE /__sandbox__/faults`` — list, add (``{"operation", "kind", "times", "rate",
  "seconds", "status"}``) or clear (``?operation=`` to clear one operation's) fault rules;
  ``DELETE /__sandbox__/faults/{id}`` removes one rule
* ``POST /__sandbox__/tokens`` — add a token: ``{"token", "scopes", "rateLimit": {"requests",
  "window", "concurrent"}}``
* ``GET /__sandbox__/ratelimits?token=`` — counters (peaks of requests in flight, 429s);
  ``DELETE`` resets them; ``PUT`` with ``{"token", "requests", "window", "concurrent"}`` sets limits
* ``PUT /__sandbox__/latency`` — ``{"seconds": 0.005}``
* ``GET /__sandbox__/calls`` — requests per operation; ``POST /__sandbox__/reset`` — reseed data
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import FAULT_KINDS
from .ratelimit import RateLimit

if TYPE_CHECKING:
    from .sandbox import Sandbox

PREFIX = "/__sandbox__"
# A fault's id is a small counter; a path value longer than this names no rule.
_MAX_RULE_ID_DIGITS = 18
# The longest latency a test may ask for: anything more would only hang the sandbox.
_MAX_LATENCY = 60.0

Handler = Callable[[Request], Awaitable[Response]]


class BadBody(Exception):
    """The control request's body is not a JSON object (answered with 400)."""


def routes(sandbox: Sandbox) -> list[Route]:
    def guarded(handler: Handler) -> Handler:
        async def check(request: Request) -> Response:
            refused = _refusal(request, sandbox.admin_token)
            if refused is not None:
                return refused
            try:
                return await handler(request)
            except BadBody as exc:
                return JSONResponse({"detail": str(exc)}, status_code=400)

        return check

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "ok": True,
                "url": sandbox.url,
                "regions": sandbox.region_urls,
                "token": sandbox.token,
                "issues": len(sandbox.state.issues),
                "operations": len(sandbox.operations),
            }
        )

    async def faults(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse(
                {"rules": [r.to_dict() for r in sandbox.faults.rules()], "kinds": FAULT_KINDS}
            )
        if request.method == "DELETE":
            removed = sandbox.faults.clear(request.query_params.get("operation"))
            return JSONResponse({"removed": removed})
        data = await _json(request)
        try:
            rule = sandbox.faults.add(
                str(data.get("operation", "")),
                str(data.get("kind", "")),
                times=data.get("times"),
                rate=data.get("rate"),
                seconds=data.get("seconds"),
                status=data.get("status"),
            )
        except (TypeError, ValueError, OverflowError) as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return JSONResponse(rule.to_dict(), status_code=201)

    async def fault(request: Request) -> Response:
        rule_id = str(request.path_params["rule_id"])
        if not rule_id.isdigit() or len(rule_id) > _MAX_RULE_ID_DIGITS:
            return _not_found()
        removed = sandbox.faults.remove(int(rule_id))
        return Response(status_code=204) if removed else _not_found()

    async def tokens(request: Request) -> Response:
        data = await _json(request)
        try:
            limit = _rate_limit(data.get("rateLimit"))
            sandbox.add_token(str(data["token"]), data.get("scopes", ()), rate_limit=limit)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            return JSONResponse({"detail": f"bad token request: {exc}"}, status_code=400)
        return JSONResponse({"token": data["token"]}, status_code=201)

    async def ratelimits(request: Request) -> Response:
        token = request.query_params.get("token") or sandbox.token
        if request.method == "DELETE":
            sandbox.limiter.reset_counters(request.query_params.get("token"))
            return Response(status_code=204)
        if request.method == "PUT":
            data = await _json(request)
            try:
                sandbox.set_rate_limit(str(data.get("token", token)), _rate_limit(data))
            except (TypeError, ValueError, OverflowError) as exc:
                return JSONResponse({"detail": str(exc)}, status_code=400)
            return Response(status_code=204)
        return JSONResponse({"token": token, **sandbox.rate_limit_stats(token)})

    async def latency(request: Request) -> Response:
        data = await _json(request)
        try:
            seconds = float(data["seconds"])
        except (KeyError, TypeError, ValueError, OverflowError):
            return JSONResponse({"detail": 'expected {"seconds": <number>}'}, status_code=400)
        if not 0 <= seconds <= _MAX_LATENCY:
            return JSONResponse(
                {"detail": f"seconds must be between 0 and {_MAX_LATENCY:g}"}, status_code=400
            )
        sandbox.latency = max(0.0, seconds)
        return JSONResponse({"seconds": sandbox.latency})

    async def calls(request: Request) -> Response:
        return JSONResponse(dict(sandbox.call_counts))

    async def reset(request: Request) -> Response:
        sandbox.reset()
        return Response(status_code=204)

    return [
        Route(f"{PREFIX}/health", guarded(health), methods=["GET"]),
        Route(f"{PREFIX}/faults", guarded(faults), methods=["GET", "POST", "DELETE"]),
        Route(f"{PREFIX}/faults/{{rule_id}}", guarded(fault), methods=["DELETE"]),
        Route(f"{PREFIX}/tokens", guarded(tokens), methods=["POST"]),
        Route(f"{PREFIX}/ratelimits", guarded(ratelimits), methods=["GET", "PUT", "DELETE"]),
        Route(f"{PREFIX}/latency", guarded(latency), methods=["PUT"]),
        Route(f"{PREFIX}/calls", guarded(calls), methods=["GET"]),
        Route(f"{PREFIX}/reset", guarded(reset), methods=["POST"]),
    ]


def _refusal(request: Request, admin_token: str) -> Response | None:
    """Why a control request is refused (401 without the admin token, 415 for a body that is
    not declared JSON), or None."""
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), admin_token.encode()
    ):
        return JSONResponse(
            {"detail": "The sandbox admin token is required for /__sandbox__/ routes."},
            status_code=401,
            headers={"WWW-Authenticate": 'Bearer realm="sandbox-admin"'},
        )
    has_body = request.headers.get("content-length", "0") not in ("", "0") or (
        "transfer-encoding" in request.headers
    )
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if has_body and media != "application/json":
        return JSONResponse(
            {"detail": f'Unsupported media type "{media}" in request.'}, status_code=415
        )
    return None


def _not_found() -> Response:
    return JSONResponse({"detail": "The requested resource does not exist"}, status_code=404)


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except RecursionError:
        raise BadBody("JSON parse error - maximum nesting depth exceeded") from None
    except ValueError as exc:
        raise BadBody(f"JSON parse error - {exc}") from None
    if not isinstance(data, dict):
        raise BadBody("expected a JSON object")
    return data


def _rate_limit(data: Any) -> RateLimit | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise TypeError("rateLimit must be an object")
    defaults = RateLimit()
    return RateLimit(
        requests=int(data.get("requests", defaults.requests)),
        window=float(data.get("window", defaults.window)),
        concurrent=int(data.get("concurrent", defaults.concurrent)),
    )
