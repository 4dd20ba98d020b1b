"""The ASGI application: a Starlette app whose API routes come from the operation metadata.

Every ``/api/0/...`` request goes through one pipeline, in Sentry's order:

1. route (unknown path: 404 as Sentry's catch-all answers; known path, wrong method: 405)
2. injected fault, if a rule fires (before anything else, like a failing load balancer)
3. rate limits (window and concurrency, per token) — 429
4. optional fixed latency
5. authentication — 401
6. the path's organization / project / team / issue / release / member — 404
   (an organization outside the region a request was addressed to is also 404)
7. scopes: the token must hold any of the operation's accepted scopes — 403
8. query (cursor, per_page/limit, enum parameters) and body validation — 400
9. the operation's handler; lists are paginated with Sentry's cursors and Link header.

Every answer from step 3 on carries the five ``X-Sentry-Rate-Limit-*`` headers.
"""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio
import httpx
from starlette.applications import Starlette
from starlette.datastructures import QueryParams
from starlette.routing import BaseRoute
from starlette.routing import Match as StarletteMatch
from starlette.types import Receive, Scope, Send

from . import admin, faults
from .auth import (
    FORBIDDEN,
    AuthError,
    TokenInfo,
    authenticate,
    bearer_token,
    insufficient_scope_challenge,
)
from .handling import HANDLERS, ApiError, Call, ListReply, Reply, not_found
from .pagination import (
    PaginationError,
    link_base,
    link_header,
    paginate,
    parse_cursor,
    parse_per_page,
)
from .regions import SCOPE_KEY
from .routing import Match, MethodNotAllowed, RouteTable
from .state import StateError
from .util import dumps
from .validation import validate_body

if TYPE_CHECKING:
    from .operations import Operation
    from .sandbox import Sandbox

Message = MutableMapping[str, Any]
CONNECTION_KEY = "sentry_sandbox.connection"
_JSON = (b"content-type", b"application/json")


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised to an in-process client when a ``drop`` fault closes the "connection"."""


class ConnectionReset(httpx.ReadError):
    """Raised to an in-process client when a ``reset`` fault resets the "connection"."""


@dataclass(slots=True)
class CallRecord:
    """One request that reached an operation (the sandbox keeps the most recent ones)."""

    operation_id: str
    method: str
    path: str
    status: int | None
    fault: str | None = None


# ------------------------------------------------------------------------------ connection


class ConnectionControl:
    """Lets a fault close the client's connection without answering.

    Under uvicorn the ``send`` callable belongs to the connection's request cycle, whose
    ``transport`` can be closed (FIN) or aborted with SO_LINGER 0 (RST). In process there is no
    socket: the app records the wish and :class:`SandboxApp` raises an httpx transport error,
    which is what a client would see.
    """

    def __init__(self, send: Send) -> None:
        cycle = getattr(send, "__self__", None)
        self.transport: Any = getattr(cycle, "transport", None)
        self.dropped: str | None = None

    @property
    def has_socket(self) -> bool:
        return self.transport is not None

    def close(self, kind: str) -> None:
        self.dropped = kind
        if self.transport is None:
            return
        if kind == "reset":
            sock = self.transport.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.transport.abort()
        else:
            self.transport.close()


class SandboxApp:
    """The outermost ASGI callable: adds connection control, then runs the Starlette app."""

    def __init__(self, starlette: Starlette, sandbox: Sandbox) -> None:
        self.starlette = starlette
        self.sandbox = sandbox

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.starlette(scope, receive, send)
            return
        if not host_allowed(_host_header(scope), self.sandbox):
            # DNS rebinding: a web page on another name resolving to 127.0.0.1 sends its own
            # name as Host. Django (Sentry) answers a disallowed host with 400.
            body = dumps({"detail": "Invalid HTTP_HOST header."})
            await _send(send, _Answer(400, body, [_JSON]))
            return
        control = ConnectionControl(send)
        scope[CONNECTION_KEY] = control
        await self.starlette(scope, receive, send)
        if control.dropped and not control.has_socket:
            if control.dropped == "reset":
                raise ConnectionReset("[Errno 104] Connection reset by peer")
            raise ConnectionDropped("Server disconnected without sending a response.")


class RegionPinnedApp:
    """Serves ``app`` as one region's listener: its requests see only that region's orgs."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], region: str) -> None:
        self.app = app
        self.region = region

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[SCOPE_KEY] = self.region
        await self.app(scope, receive, send)


# ------------------------------------------------------------------------------ the API route


class ApiRoute(BaseRoute):
    """Claims every ``/api/`` path; the metadata-built :class:`RouteTable` does the rest."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self.dispatcher = dispatcher

    def matches(self, scope: Scope) -> tuple[StarletteMatch, Scope]:
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            return StarletteMatch.FULL, {}
        return StarletteMatch.NONE, {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.dispatcher(scope, receive, send)


def build_app(sandbox: Sandbox) -> SandboxApp:
    # Importing the resource modules registers their per-operation handlers.
    from . import events, issues, members, organizations, projects, releases, teams  # noqa: F401

    dispatcher = Dispatcher(sandbox)
    starlette = Starlette(routes=[ApiRoute(dispatcher), *admin.routes(sandbox)])
    return SandboxApp(starlette, sandbox)


# Names a loopback listener is reached by (any port).
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})


def _host_header(scope: Scope) -> str | None:
    for name, value in scope.get("headers") or ():
        if name == b"host":
            return str(value.decode("latin-1"))
    return None


def host_allowed(host: str | None, sandbox: Sandbox) -> bool:
    """A loopback name (any port), or a host of the sandbox's own configured URLs (in process
    those are ``sentry.io``, its subdomains and regions: no socket is involved there). No Host
    at all (HTTP/1.0) is fine: browsers always send one."""
    if host is None:
        return True
    host = host.strip().lower()
    if host.startswith("["):
        name = host.split("]", 1)[0] + "]"
    else:
        name = host.rsplit(":", 1)[0]
    if name in LOOPBACK_HOSTS:
        return True
    own = sandbox.regions.hostnames()
    return name in own or any(name.endswith("." + known) for known in own)


# ------------------------------------------------------------------------------ dispatcher


@dataclass
class _Request:
    scope: Scope
    receive: Receive
    op: Operation
    params: dict[str, str]
    headers: dict[str, str]
    query: QueryParams
    query_pairs: list[tuple[str, str]]
    path_text: str
    fault: faults.FaultRule | None


@dataclass
class _Answer:
    status: int
    body: bytes | None
    headers: list[tuple[bytes, bytes]]


class Dispatcher:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.table = RouteTable(sandbox.operations.values())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        found = self.table.match(scope["method"], raw_path)
        if not isinstance(found, Match):
            await self._no_route(scope, send, raw_path, found)
            return
        request = self._request(scope, receive, found)
        fault = request.fault
        if fault is not None and fault.kind not in faults.POST_KINDS:
            await self._inject(request, send, fault)
            return
        await self._serve(request, send)

    def _request(self, scope: Scope, receive: Receive, found: Match) -> _Request:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        query_string = scope.get("query_string", b"").decode("latin-1")
        query = QueryParams(query_string)
        return _Request(
            scope=scope,
            receive=receive,
            op=found.operation,
            params=found.params,
            headers=headers,
            query=query,
            query_pairs=list(query.multi_items()),
            path_text=(scope.get("raw_path") or scope["path"].encode()).decode("latin-1"),
            fault=self.sandbox.faults.pick(found.operation.operation_id),
        )

    async def _no_route(
        self, scope: Scope, send: Send, raw_path: bytes, found: MethodNotAllowed | None
    ) -> None:
        if isinstance(found, MethodNotAllowed):
            body = {"detail": f'Method "{scope["method"]}" not allowed.'}
            extra = [(b"allow", ", ".join(found.allowed).encode())]
            await _send(send, _Answer(405, dumps(body), [_JSON, *extra]))
            return
        # Sentry's catch-all: a JSON hint when only the trailing slash is missing, else an
        # empty 404.
        if not raw_path.endswith(b"/") and self.table.path_exists_with_slash(raw_path):
            path = raw_path.decode("latin-1")
            hint = {"info": f"Route not found, did you forget a trailing slash? try: {path}/"}
            await _send(send, _Answer(404, dumps(hint), [_JSON]))
            return
        await _send(send, _Answer(404, b"", []))

    # -------------------------------------------------------------- faults

    async def _inject(self, request: _Request, send: Send, fault: faults.FaultRule) -> None:
        control: ConnectionControl | None = request.scope.get(CONNECTION_KEY)
        if fault.kind == "hang":
            # Read the body first: the disconnect watcher must not swallow it.
            body = await _read_body(request.receive)
            if await self._hang(request, control, fault.hang_seconds):
                await self._serve(request, send, body)  # a slow answer after all
            else:
                self._record(request, None)
            return
        if fault.kind in ("drop", "reset"):
            self._record(request, None)
            if control is not None:
                control.close(fault.kind)
                if control.has_socket:
                    await _await_disconnect(request.receive)
            return
        canned = faults.canned_response(fault)
        headers = [(k.lower().encode(), v.encode()) for k, v in canned.headers]
        self._record(request, canned.status)
        await _send(send, _Answer(canned.status, canned.body, headers))

    async def _hang(
        self, request: _Request, control: ConnectionControl | None, seconds: float
    ) -> bool:
        """Wait ``seconds``; True when the wait ran out and the request should be answered.

        Over a socket the wait also ends (False) when the client hangs up or the server stops,
        so a hung request never holds up shutdown. In process the client's read timeout is
        enforced by the sandbox transport, which cancels this wait.
        """
        if control is None or not control.has_socket:
            await anyio.sleep(seconds)
            return True
        with anyio.move_on_after(seconds) as timer:
            async with anyio.create_task_group() as group:
                group.start_soon(_cancel_on_disconnect, request.receive, group.cancel_scope)
                group.start_soon(_cancel_on_shutdown, self.sandbox, group.cancel_scope)
        if not timer.cancelled_caught and self.sandbox.closing.is_set():
            # Shutting down: hang up rather than leave the server to answer with a 500.
            control.close("drop")
            await _await_disconnect(request.receive)
        return timer.cancelled_caught

    # -------------------------------------------------------------- the normal path

    async def _serve(self, request: _Request, send: Send, body: bytes | None = None) -> None:
        limiter = self.sandbox.limiter
        key = self._limit_key(request)
        decision = limiter.acquire(key)
        rate_headers = [(k.lower().encode(), v.encode()) for k, v in decision.headers]
        if not decision.allowed:
            answer = _Answer(429, dumps({"detail": decision.detail}), [_JSON, *rate_headers])
            self._record(request, 429)
            await _send(send, answer)
            return
        try:
            if self.sandbox.latency:
                await anyio.sleep(self.sandbox.latency)
            if body is None:
                body = await _read_body(request.receive)
            answer = self._answer(request, body)
            answer.headers.extend(rate_headers)
            self._record(request, answer.status)
            await _send(send, answer)
        finally:
            limiter.release(key)

    def _limit_key(self, request: _Request) -> str:
        # Sentry limits the caller it can identify; unknown callers by their address.
        try:
            token = bearer_token(request.headers.get("authorization"))
        except AuthError:
            token = None
        if token is not None and token in self.sandbox.tokens:
            return token
        client = request.scope.get("client") or ("unknown", 0)
        return f"ip:{client[0]}"

    def _record(self, request: _Request, status: int | None) -> None:
        fault = request.fault.kind if request.fault is not None else None
        self.sandbox.record(
            CallRecord(
                request.op.operation_id, request.op.method, request.scope["path"], status, fault
            )
        )

    def _answer(self, request: _Request, body: bytes) -> _Answer:
        state = self.sandbox.state
        with state.lock:
            try:
                call = self._call(request, body)
                handler = HANDLERS.get(request.op.operation_id)
                if handler is None:
                    raise ApiError(
                        501, f"The sandbox does not implement {request.op.operation_id}."
                    )
                reply = handler(call)
                return self._render(request, call, reply)
            except ApiError as exc:
                headers = [(k.lower().encode(), v.encode()) for k, v in exc.headers]
                return _Answer(exc.status, dumps(exc.body), [_JSON, *headers])
            except StateError as exc:
                return _Answer(exc.status, dumps(exc.body), [_JSON])

    def _call(self, request: _Request, raw_body: bytes) -> Call:
        op = request.op
        try:
            token = authenticate(self.sandbox.tokens, request.headers.get("authorization"))
        except AuthError as exc:
            raise ApiError(401, exc.detail, [("WWW-Authenticate", 'Bearer realm="api"')]) from None
        region = self.sandbox.regions.region_of_request(
            request.scope.get(SCOPE_KEY), request.headers.get("host")
        )
        call = Call(
            sandbox=self.sandbox,
            op=op,
            params=request.params,
            query=request.query,
            body=None,
            token=token,
            region=region,
            base_url=_base_url(request),
        )
        self._resolve(call)
        self._check_scopes(op, token)
        self._check_query(call)
        call.body = self._body(op, raw_body)
        return call

    def _resolve(self, call: Call) -> None:
        """Look up the path's resources in Sentry's order, 404 for the first missing one."""
        state, params = self.sandbox.state, call.params
        org_key = params.get("organization_id_or_slug")
        if org_key is None:
            return
        org = state.org(org_key)
        if org is None or not self.sandbox.regions.serves(call.region, org):
            raise not_found()
        call.resolved["organization"] = org
        lookups: list[tuple[str, str, Callable[[str], Any]]] = [
            ("project_id_or_slug", "project", lambda v: state.project(org, v)),
            ("team_id_or_slug", "team", lambda v: state.team(org, v)),
            ("issue_id", "issue", lambda v: state.issue(org, v)),
            ("version", "release", lambda v: state.release(org, v)),
            ("member_id", "member", lambda v: state.member(org, v, call.user)),
        ]
        for param, name, lookup in lookups:
            if param in params:
                found = lookup(params[param])
                if found is None:
                    raise not_found()
                call.resolved[name] = found

    @staticmethod
    def _check_scopes(op: Operation, token: TokenInfo) -> None:
        if op.scopes and not token.allows(op.scopes):
            challenge = insufficient_scope_challenge(op.scopes)
            raise ApiError(403, FORBIDDEN, [("WWW-Authenticate", challenge)])

    @staticmethod
    def _check_query(call: Call) -> None:
        op = call.op
        try:
            if op.paginated:
                parse_cursor(call.arg("cursor"))
                _page_size(call)
        except PaginationError as exc:
            raise ApiError(400, str(exc)) from None
        for name, param in op.query_params.items():
            values = call.args(name)
            choices = param.enum
            if choices is None:
                continue
            for value in values:
                if value not in [str(c) for c in choices]:
                    allowed = ", ".join(repr(str(c)) for c in choices)
                    raise ApiError(
                        400, f"Invalid value for {name}: {value!r}. Valid choices: {allowed}"
                    )

    @staticmethod
    def _body(op: Operation, raw: bytes) -> Any:
        if op.body_schema is None and not raw.strip():
            return None
        if not raw.strip():
            data: Any = {}
        else:
            try:
                data = json.loads(raw)
            except RecursionError:
                raise ApiError(400, "JSON parse error - maximum nesting depth exceeded") from None
            except ValueError as exc:
                raise ApiError(400, f"JSON parse error - {exc}") from None
        if op.body_schema is None:
            return data
        try:
            cleaned, errors = validate_body(op.body_schema, data)
        except RecursionError:
            raise ApiError(400, "JSON parse error - maximum nesting depth exceeded") from None
        if errors:
            raise ApiError(400, errors)
        return cleaned

    def _render(self, request: _Request, call: Call, reply: Reply | ListReply[Any]) -> _Answer:
        headers: list[tuple[bytes, bytes]] = []
        if isinstance(reply, ListReply):
            data, link = self._list_data(request, call, reply)
            if link is not None:
                headers.append((b"link", link.encode()))
            status = 200
            extra = reply.headers
        else:
            data, status, extra = reply.data, reply.status, reply.headers
        headers.extend((k.lower().encode(), v.encode()) for k, v in extra)
        if request.fault is not None and request.fault.kind == "missing_fields":
            data = faults.strip_fields(data)
        if data is None and status in (202, 204):
            return _Answer(status, None, headers)
        return _Answer(status, dumps(data), [_JSON, *headers])

    def _list_data(
        self, request: _Request, call: Call, reply: ListReply[Any]
    ) -> tuple[list[Any], str | None]:
        serialize = reply.serialize
        if not call.op.paginated:
            return [serialize(item) for item in reply.items], None
        cursor = parse_cursor(call.arg("cursor"))
        page = paginate(reply.items, cursor, _page_size(call))
        base = link_base(call.base_url + request.path_text, request.query_pairs)
        if request.fault is not None and request.fault.kind == "repeat_cursor":
            page = _repeat(page, cursor)
        return [serialize(item) for item in page.items], link_header(base, page)


def _repeat(page: Any, cursor: Any) -> Any:
    """``repeat_cursor``: a next link pointing back at the page just served, "with results"."""
    from dataclasses import replace

    from .pagination import Cursor

    return replace(page, next=Cursor(cursor.value, cursor.offset, False), next_has_results=True)


def _page_size(call: Call) -> int:
    """``per_page`` (honoured on every list, like Sentry's paginator), else ``limit`` where the
    operation documents it (the issue lists), else Sentry's default of 100."""
    per_page = call.arg("per_page")
    if per_page is not None:
        return parse_per_page(per_page)
    if call.op.accepts_query("limit"):
        return parse_per_page(call.arg("limit"), name="limit")
    return parse_per_page(None)


def _base_url(request: _Request) -> str:
    scope = request.scope
    host = request.headers.get("host")
    if not host:
        server = scope.get("server") or ("localhost", None)
        host = server[0] if server[1] in (None, 80, 443) else f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks)


async def _await_disconnect(receive: Receive) -> None:
    """After closing the socket, wait (briefly) until the server has noticed, so it does not
    try to answer on a dead connection."""
    with anyio.move_on_after(1.0):
        while (await receive())["type"] != "http.disconnect":
            pass


async def _cancel_on_disconnect(receive: Receive, scope: anyio.CancelScope) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
    scope.cancel()


async def _cancel_on_shutdown(sandbox: Sandbox, scope: anyio.CancelScope) -> None:
    while not sandbox.closing.is_set():
        await anyio.sleep(0.05)
    scope.cancel()


async def _send(send: Send, answer: _Answer) -> None:
    body = answer.body or b""
    headers = [*answer.headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
