"""Reading an answer: a 2xx body decoded, checked against the spec and wrapped in its model;
an error status or a transport failure made a failed Result of the right kind, with
Sentry's own detail and what to do about it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from sentry_api import pagination
from sentry_api.base_client import ClientCore, HttpClientT, whole_request_timeout
from sentry_api.decoding import JSONProblem, ResponseTooLarge, decode_json
from sentry_api.errors import ErrorKind
from sentry_api.flow import NO_JSON, Exchange
from sentry_api.models import wrap as wrap_model
from sentry_api.operations import Prepared
from sentry_api.ratelimit import RateLimit
from sentry_api.result import Result
from sentry_api.retries import IDEMPOTENT_METHODS, Attempt, RetryTracker, retry_reason
from sentry_api.validation import ResponseMismatch, check_response

_DETAIL_LIMIT = 300


class Answers(ClientCore[HttpClientT]):
    """Turns an attempt's outcome into an ``Exchange``: its Result and, for a 2xx, the
    decoded body and next page."""

    def _interpret(
        self,
        prepared: Prepared,
        attempt: Attempt,
        attempts: int,
        waited: float,
        tracker: RetryTracker | None,
        parse: bool,
    ) -> Exchange:
        op = prepared.operation
        response = attempt.response
        if response is None:
            return Exchange(
                self._transport_failure(prepared, attempt, attempts, waited), None, NO_JSON
            )
        status = response.status_code
        rate_limit = attempt.rate_limit
        if 200 <= status < 300:
            return self._success(prepared, response, rate_limit, attempts, waited, parse)
        kind, message, details = self._http_error(
            prepared, response, rate_limit, attempts, waited, tracker
        )
        return Exchange(
            Result(
                success=False,
                error=self._redact(message),
                error_kind=kind,
                status_code=status,
                rate_limit=rate_limit,
                operation=op.operation_id,
                attempts=attempts,
                waited=waited,
                details=self._redact_deep(details),
            ),
            None,
            NO_JSON,
        )

    def _success(
        self,
        prepared: Prepared,
        response: httpx.Response,
        rate_limit: RateLimit | None,
        attempts: int,
        waited: float,
        parse: bool,
    ) -> Exchange:
        op = prepared.operation
        status = response.status_code
        expects_body = op.response_model is not None or op.response_is_list or (not parse)
        if status == 204 and expects_body and not op.response_no_content:
            return self._unreadable(prepared, response, rate_limit, attempts, waited, None)
        warnings: tuple[str, ...] = ()
        if status == 204 or not expects_body:
            data = None
            payload: Any = NO_JSON
        else:
            content = response.content
            if not content.strip():
                return self._unreadable(prepared, response, rate_limit, attempts, waited, None)
            try:
                payload = decode_json(content)
            except JSONProblem as exc:
                return self._unreadable(prepared, response, rate_limit, attempts, waited, exc)
            data = payload
            if parse:
                kind = list if op.response_is_list else dict if op.response_model else None
                try:
                    warnings = check_response(op.operation_id, payload, kind, self._validation)
                    if warnings:  # they quote the server's values, which could echo a secret
                        warnings = tuple(self._redact(w) for w in warnings)
                except ResponseMismatch as exc:
                    return self._unreadable(prepared, response, rate_limit, attempts, waited, exc)
                if op.response_model is not None:
                    data = wrap_model(op.response_model, payload, op.response_is_list)
        next_page = pagination.next_page(response) if op.paginated else None
        result = Result(
            success=True,
            data=data,
            status_code=status,
            rate_limit=rate_limit,
            next_cursor=next_page.cursor if next_page is not None and next_page.more else None,
            operation=op.operation_id,
            attempts=attempts,
            waited=waited,
            warnings=warnings,
        )
        return Exchange(result, next_page, payload)

    def _unreadable(
        self,
        prepared: Prepared,
        response: httpx.Response,
        rate_limit: RateLimit | None,
        attempts: int,
        waited: float,
        problem: JSONProblem | ResponseMismatch | None,
    ) -> Exchange:
        """The failed exchange of a 2xx answer whose body is not what the operation returns:
        none (204 or empty), not JSON, or (``ResponseMismatch``) not of its shape."""
        op = prepared.operation
        status = response.status_code
        model_name = (op.response_model or "JSON").rpartition(":")[2]
        if problem is None and status == 204:
            message = f"the server answered 204 No Content; expected {model_name}"
        elif problem is None:
            message = f"the response body was empty (HTTP {status}); expected {model_name}"
        elif isinstance(problem, ResponseMismatch):
            where = f" at {problem.path}" if problem.path else ""
            message = f"the response did not match {model_name}{where}: {problem.message}"
        elif problem.reason == "not_json":
            message = (
                f"the response is not JSON (HTTP {status}, {_content_kind(response)}); "
                f"expected {model_name}"
            )
        else:
            message = f"{problem} (HTTP {status}); expected {model_name}"
        return Exchange(
            Result(
                success=False,
                error=self._redact(f"{op.operation_id}: {message}"),
                error_kind=ErrorKind.INVALID_RESPONSE,
                status_code=status,
                rate_limit=rate_limit,
                operation=op.operation_id,
                attempts=attempts,
                waited=waited,
            ),
            None,
            NO_JSON,
        )

    def _transport_failure(
        self, prepared: Prepared, attempt: Attempt, attempts: int, waited: float
    ) -> Result[Any]:
        op = prepared.operation
        error = attempt.error
        name = type(error).__name__
        if isinstance(error, ResponseTooLarge):
            return Result(
                success=False,
                error=(
                    f"{op.operation_id}: {error} (HTTP {error.status_code}); raise "
                    "max_response_bytes (CLI: --max-response-bytes) to accept it"
                ),
                error_kind=ErrorKind.RESPONSE_TOO_LARGE,
                status_code=error.status_code,
                operation=op.operation_id,
                attempts=attempts,
                waited=waited,
            )
        status_code = None
        if isinstance(error, httpx.DecodingError):
            kind, what = ErrorKind.INVALID_RESPONSE, f"the response could not be decoded ({error})"
            status_code = getattr(error, "status_code", None)  # the status did arrive
        elif isinstance(error, httpx.TimeoutException):
            whole = (
                self._whole_timeout
                if prepared.timeout is None
                else whole_request_timeout(prepared.timeout)
            )
            limit = f" timeout={whole:g} s" if whole else ""
            kind, what = ErrorKind.TIMEOUT, f"the request timed out ({name}{limit})"
        else:
            kind, what = ErrorKind.CONNECTION, f"the connection failed ({name}: {error})"
        if attempts > 1:
            tail = f"; tried {attempts} times over {waited:.1f} s of waiting"
        elif op.method not in IDEMPOTENT_METHODS and retry_reason(attempt) is None:
            tail = f"; not retried: the {op.method} may already have reached Sentry"
        elif self._policy.max_retries == 0:
            tail = "; retries are off (max_retries=0)"
        else:
            tail = ""
        return Result(
            success=False,
            error=self._redact(f"{op.operation_id}: {what}{tail}"),
            error_kind=kind,
            status_code=status_code,
            operation=op.operation_id,
            attempts=attempts,
            waited=waited,
        )

    def _http_error(
        self,
        prepared: Prepared,
        response: httpx.Response,
        rate_limit: RateLimit | None,
        attempts: int,
        waited: float,
        tracker: RetryTracker | None,
    ) -> tuple[str, str, Mapping[str, Any] | None]:
        op = prepared.operation
        status = response.status_code
        name = op.operation_id
        body = _json_or_none(response)
        detail = _detail_text(body, response)
        said = f" (Sentry says: {detail})" if detail else ""
        details: dict[str, Any] | None = body if isinstance(body, dict) else None
        if status == 401:
            return (
                ErrorKind.AUTHENTICATION,
                f"{name}: authentication failed (401): "
                f"the token is missing, invalid or expired{said}",
                details,
            )
        if status == 403:
            wanted = _insufficient_scope(response.headers.get("www-authenticate"))
            accepted = list(op.scopes)
            need = f"{name} needs one of {', '.join(accepted)}" if accepted else ""
            if wanted:
                text = f"{name}: permission denied (403): the token lacks the {wanted} scope"
                text += f" ({need})" if need else ""
            else:
                text = f"{name}: permission denied (403): {need or 'the token may not do this'}"
            details = {**(details or {}), "required_scopes": accepted, "missing_scope": wanted}
            return ErrorKind.PERMISSION, text + said, details
        if status == 404:
            return (
                ErrorKind.NOT_FOUND,
                f"{name}: not found (404): {prepared.path} does not exist "
                f"or this token cannot see it{said}",
                details,
            )
        if status in (400, 422):
            return (
                ErrorKind.BAD_REQUEST,
                f"{name}: Sentry rejected the request ({status}): {detail or 'no reason given'}",
                details,
            )
        if status == 409:
            return (
                ErrorKind.CONFLICT,
                f"{name}: conflict (409): {detail or 'the resource already exists or changed'}",
                details,
            )
        if status == 429:
            return (
                ErrorKind.RATE_LIMITED,
                f"{name}: rate limited (429): {self._gave_up(attempts, waited, tracker)}"
                f"{_limit_text(rate_limit)}{said}",
                details,
            )
        if 500 <= status < 600:
            if attempts > 1:
                tail = f"; {self._gave_up(attempts, waited, tracker)}"
            elif op.method not in IDEMPOTENT_METHODS:
                tail = f"; not retried: the {op.method} may already have taken effect"
            else:
                tail = "; retries are off (max_retries=0)" if self._policy.max_retries == 0 else ""
            return (
                ErrorKind.SERVER,
                f"{name}: Sentry had a server error ({status}){tail}{said}",
                details,
            )
        if status == 304:  # no conditional request is ever sent: nothing to be "not modified"
            return (
                ErrorKind.HTTP,
                f"{name}: unexpected 304 Not Modified (the client sends no conditional request)",
                details,
            )
        if 300 <= status < 400:
            where = response.headers.get("location", "")
            return (
                ErrorKind.HTTP,
                f"{name}: unexpected redirect ({status}) to {where!r}; "
                "not followed (it could take the token elsewhere)",
                details,
            )
        return ErrorKind.HTTP, f"{name}: unexpected HTTP status {status}{said}", details

    def _gave_up(self, attempts: int, waited: float, tracker: RetryTracker | None) -> str:
        plural = "s" if attempts != 1 else ""
        tries = f"gave up after {attempts} attempt{plural} and {waited:.1f} s of waiting"
        if tracker is not None and tracker.stop_reason == "budget" and tracker.wanted is not None:
            return (
                f"{tries}; the next wait ({tracker.wanted:.1f} s) would exceed "
                f"max_retry_wait={self._policy.max_retry_wait:g} s"
            )
        if tracker is not None and tracker.stop_reason == "retries":
            return f"{tries} (max_retries={self._policy.max_retries})"
        if self._policy.max_retries == 0:
            return f"{tries} (retries are off: max_retries=0)"
        return tries


def _json_or_none(response: httpx.Response) -> Any:
    """An error body's JSON, or ``None`` (no body, not JSON, or JSON we refuse to hold)."""
    try:
        return decode_json(response.content) if response.content.strip() else None
    except (JSONProblem, UnicodeDecodeError):
        return None


def _detail_text(body: Any, response: httpx.Response) -> str:
    """Sentry's own words from an error body: ``detail``, or the field errors of a 400."""
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str):
            text = detail
        else:
            parts = []
            for field, problems in body.items():
                if isinstance(problems, list):
                    problems = "; ".join(str(p) for p in problems)
                elif isinstance(problems, dict):
                    problems = json.dumps(problems)[:100]
                parts.append(f"{field}: {problems}")
            text = "; ".join(parts)
    elif isinstance(body, list):
        text = "; ".join(str(p) for p in body)
    elif isinstance(body, str):
        text = body
    elif response.content.strip():
        text = f"a body that was not read as JSON ({_undecoded_reason(response)})"
    else:
        text = ""
    return text if len(text) <= _DETAIL_LIMIT else text[: _DETAIL_LIMIT - 3] + "..."


def _undecoded_reason(response: httpx.Response) -> str:
    try:
        decode_json(response.content)
    except JSONProblem as exc:
        if exc.reason != "not_json":
            return str(exc)
    return _content_kind(response)


def _content_kind(response: httpx.Response) -> str:
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if "html" in content_type or response.content.lstrip()[:15].lower().startswith(
        (b"<!doctype", b"<html")
    ):
        return "an HTML page"
    return content_type or "no content type"


def _insufficient_scope(header: str | None) -> str | None:
    """The scope named by ``WWW-Authenticate: Bearer error="insufficient_scope", scope="..."``."""
    if not header or "insufficient_scope" not in header:
        return None
    import re

    match = re.search(r'scope="([^"]*)"', header)
    scope = match.group(1).strip() if match else ""
    return scope or None


def _limit_text(rate_limit: RateLimit | None) -> str:
    if rate_limit is None or rate_limit.limit is None:
        return ""
    return f" (limit: {rate_limit.limit} requests per window)"
