"""Control routes under ``/__sandbox__/`` for driving a sandbox that runs in another process.

No authentication: the sandbox listens on 127.0.0.1 and is a test fixture, not a service.

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

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import FAULT_KINDS
from .ratelimit import RateLimit

if TYPE_CHECKING:
    from .sandbox import Sandbox

PREFIX = "/__sandbox__"


def routes(sandbox: Sandbox) -> list[Route]:
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
        except (TypeError, ValueError) as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return JSONResponse(rule.to_dict(), status_code=201)

    async def fault(request: Request) -> Response:
        removed = sandbox.faults.remove(int(request.path_params["rule_id"]))
        return Response(status_code=204 if removed else 404)

    async def tokens(request: Request) -> Response:
        data = await _json(request)
        try:
            limit = _rate_limit(data.get("rateLimit"))
            sandbox.add_token(str(data["token"]), data.get("scopes", ()), rate_limit=limit)
        except (KeyError, TypeError, ValueError) as exc:
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
            except (TypeError, ValueError) as exc:
                return JSONResponse({"detail": str(exc)}, status_code=400)
            return Response(status_code=204)
        return JSONResponse({"token": token, **sandbox.rate_limit_stats(token)})

    async def latency(request: Request) -> Response:
        data = await _json(request)
        try:
            seconds = float(data["seconds"])
        except (KeyError, TypeError, ValueError):
            return JSONResponse({"detail": 'expected {"seconds": <number>}'}, status_code=400)
        sandbox.latency = max(0.0, seconds)
        return JSONResponse({"seconds": sandbox.latency})

    async def calls(request: Request) -> Response:
        return JSONResponse(dict(sandbox.call_counts))

    async def reset(request: Request) -> Response:
        sandbox.reset()
        return Response(status_code=204)

    return [
        Route(f"{PREFIX}/health", health, methods=["GET"]),
        Route(f"{PREFIX}/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route(f"{PREFIX}/faults/{{rule_id:int}}", fault, methods=["DELETE"]),
        Route(f"{PREFIX}/tokens", tokens, methods=["POST"]),
        Route(f"{PREFIX}/ratelimits", ratelimits, methods=["GET", "PUT", "DELETE"]),
        Route(f"{PREFIX}/latency", latency, methods=["PUT"]),
        Route(f"{PREFIX}/calls", calls, methods=["GET"]),
        Route(f"{PREFIX}/reset", reset, methods=["POST"]),
    ]


async def _json(request: Request) -> dict[str, Any]:
    try:
        data = await request.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


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
