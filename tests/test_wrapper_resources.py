"""The generated, typed namespaces: one name per operation, explicit parameters, sync and async.

The namespaces are generated into ``sentry_api_client.resources`` from each operation's
``x-sentry-method`` in the spec; these tests check what a caller relies on at run time
(``tests/test_typing.py`` checks what a type checker sees).
"""

from __future__ import annotations

import inspect
import pydoc
from typing import Any

import pytest
from sentry_api import SentryClient, errors
from sentry_api.operations import operations
from sentry_api_client import resources as generated
from wrapper_fakes import Script, json_response, make_async_client, make_client, sample


def declared(client: Any) -> dict[str, str]:
    """ "namespace.method" -> operationId over every namespace of ``client``."""
    return {
        f"{name}.{method}": operation_id
        for name in generated.NAMESPACE_NAMES
        for method, operation_id in getattr(client, name).OPERATIONS.items()
    }


def test_every_operation_has_exactly_one_name() -> None:
    names = declared(make_client(Script()))
    assert sorted(names.values()) == sorted(operations()), "each operation once, no other"
    for name, operation_id in names.items():
        op = operations()[operation_id]
        assert f"{op.namespace}.{op.method_name}" == name


def test_the_names_people_expect_exist() -> None:
    expected = {
        "issues.list": "list_project_issues",
        "issues.retrieve": "retrieve_issue",
        "issues.update": "update_issue",
        "issues.events": "list_issue_events",
        "events.list": "list_project_events",
        "projects.list": "list_organization_projects",  # as `sentry-api projects list`
        "projects.list_all": "list_projects",
        "teams.list": "list_organization_teams",
        "releases.create_deploy": "create_deploy",
        "members.remove": "remove_member",
    }
    assert expected.items() <= declared(make_client(Script())).items()


def test_a_namespace_method_forwards_to_the_one_call_path() -> None:
    script = Script(json_response(200, sample("issues")[0]))
    client = make_client(script)
    result = client.issues.update("5", body={"status": "resolved"})
    assert result.success and result.operation == "update_issue"
    assert script.requests[0].method == "PUT"
    assert script.requests[0].url.path == "/api/0/organizations/acme/issues/5/"


def test_path_parameters_are_positional_or_keyword() -> None:
    script = Script(json_response(200, []), json_response(200, []))
    client = make_client(script)
    assert client.issues.list("web").success  # raised TypeError before
    assert client.issues.list(project_id_or_slug="web", query="is:resolved").success
    assert [r.url.path for r in script.requests] == ["/api/0/projects/acme/web/issues/"] * 2


def test_list_methods_paginate() -> None:
    from wrapper_fakes import PagedServer

    client = make_client(PagedServer(150))
    assert len(list(client.issues.list.paginate("web"))) == 150
    assert [len(p.data or ()) for p in client.issues.list.pages("web")] == [100, 50]


@pytest.mark.parametrize(
    ("call", "complaint"),
    [
        (lambda c: c.issues.list("web", quer="x"), "unexpected keyword argument 'quer'"),
        (lambda c: c.issues.list("web", "extra"), "too many positional arguments"),
        (lambda c: c.issues.retrieve(), "missing a required argument: 'issue_id'"),
        (lambda c: c.issues.update("1"), "missing a required argument: 'body'"),
    ],
)
def test_wrong_arguments_are_a_failed_result_not_a_type_error(call: Any, complaint: str) -> None:
    script = Script()
    result = call(make_client(script))
    assert not result.success and result.error_kind == "invalid_request"
    assert complaint in (result.error or "")
    assert script.count == 0  # nothing was sent


def test_wrong_arguments_to_pages_and_paginate() -> None:
    client = make_client(Script())
    (page,) = list(client.issues.list.pages("web", quer="x"))
    assert not page.success and "quer" in (page.error or "")
    with pytest.raises(errors.InvalidRequestError, match="quer"):
        list(client.issues.list.paginate("web", quer="x"))


def test_signature_names_the_parameters_and_help_shows_the_docstring() -> None:
    client = make_client(Script())
    parameters = inspect.signature(client.issues.list).parameters
    assert list(parameters)[:3] == ["project_id_or_slug", "organization_id_or_slug", "query"]
    assert parameters["project_id_or_slug"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert {"max_results", "cursor", "sort", "stats_period"} <= set(parameters)
    assert list(inspect.signature(client.issues.retrieve).parameters)[0] == "issue_id"
    text = pydoc.render_doc(client.issues.list, renderer=pydoc.plaintext)
    assert "List a project's issues" in text or "list_project_issues" in text
    assert "event:read" in text  # the scopes
    assert "Search query" in text or "query:" in text  # each parameter's description
    doc = inspect.getdoc(client.releases.create) or ""
    assert "POST /api/0/organizations/{organization_id_or_slug}/releases/" in doc
    assert "project:releases" in doc


def test_namespaces_are_made_once_and_say_what_they_hold() -> None:
    client = make_client(Script())
    assert client.issues is client.issues
    assert "retrieve" in repr(client.issues)


def test_from_env_takes_the_constructor_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENTRY_ORG", "from-env")
    with SentryClient.from_env(max_retries=0, base_url="https://sentry.example.com") as client:
        assert client.organization == "from-env" and client.base_url.startswith("https://")


async def test_async_namespaces_return_awaitables() -> None:
    script = Script(json_response(200, sample("issue_detail")))
    async with make_async_client(script) as client:
        result = await client.issues.retrieve("1")
        refused = await client.issues.retrieve("1", bogus=True)
        listing = inspect.signature(client.issues.list).parameters
    assert result.success and result.operation == "retrieve_issue"
    assert not refused.success and "bogus" in (refused.error or "")
    assert "project_id_or_slug" in listing


# --------------------------------------------------------------------------- every path parameter

PATH_PARAMETERS = [
    (op.operation_id, param.python_name) for op in operations().values() for param in op.path_params
]


EVENT_ID = "9fac2ceed9344f2bbfdd1fdacb0ed9b1"  # event ids are 32 hex digits


def _valid_path(operation_id: str) -> dict[str, str]:
    return {
        p.python_name: EVENT_ID if p.python_name == "event_id" else "ok"
        for p in operations()[operation_id].path_params
    }


def _call_with(client: Any, operation_id: str, values: dict[str, Any]) -> Any:
    op = operations()[operation_id]
    method = getattr(getattr(client, op.namespace), op.method_name)
    body = {"body": _minimal_body(op.body_schema)} if op.body_schema is not None else {}
    return method(**values, **body)


def _minimal_body(schema: Any) -> dict[str, Any]:
    """A body with just the required fields, each a plain value of its type."""
    plain = {"string": "x", "integer": 1, "boolean": True, "array": ["x"], "object": {}}
    body: dict[str, Any] = {}
    for name in schema.get("required", []):
        prop = schema["properties"][name]
        kind = prop.get("type")
        kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
        body[name] = "a@example.com" if prop.get("format") == "email" else plain[kind]
    return body


@pytest.mark.parametrize(("operation_id", "name"), PATH_PARAMETERS)
@pytest.mark.parametrize("bad", [".", "..", "", "   ", "\t"])
def test_every_generated_method_refuses_dot_and_blank_path_values(
    operation_id: str, name: str, bad: str
) -> None:
    # `delete_release(version="..")` must never become DELETE /organizations/acme/.
    script = Script()
    values = _valid_path(operation_id)
    result = _call_with(make_client(script), operation_id, values | {name: bad})
    assert not result.success and result.error_kind == "invalid_request"
    assert name in (result.error or "")
    assert script.count == 0


@pytest.mark.parametrize(("operation_id", "name"), PATH_PARAMETERS)
def test_every_path_value_stays_one_encoded_segment(operation_id: str, name: str) -> None:
    script = Script(json_response(200, {}))
    result = _call_with(
        make_client(script), operation_id, _valid_path(operation_id) | {name: "a/../b?c#d %"}
    )
    if name == "event_id":  # a pattern in the spec: refused before anything is sent
        assert result.error_kind == "invalid_request" and script.count == 0
        return
    assert script.count == 1
    assert b"/a%2F..%2Fb%3Fc%23d%20%25/" in script.requests[0].url.raw_path


def test_a_per_call_timeout_applies_to_that_calls_requests() -> None:
    script = Script(json_response(200, []), json_response(200, []))
    client = make_client(script)
    assert client.issues.list("web", timeout=2.5).success
    assert client.issues.list("web").success
    first, second = (r.extensions["timeout"] for r in script.requests)
    assert first == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert second != first  # the client's own timeout again


@pytest.mark.parametrize("bad", [0, -1, "5", True, float("inf")])
def test_a_bad_per_call_timeout_is_refused(bad: Any) -> None:
    script = Script()
    result = make_client(script).issues.retrieve("1", timeout=bad)
    assert not result.success and result.error_kind == "invalid_request"
    assert "timeout" in (result.error or "") and script.count == 0


def test_namespace_classes_import_from_the_resources_package_at_run_time() -> None:
    # They were imported there only under TYPE_CHECKING: mypy accepted the import, Python
    # raised ImportError. Run in a fresh interpreter so that nothing was imported before.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import sentry_api_client.resources as r\n"
        "assert 'sentry_api_client.resources.issues' not in sys.modules  # still lazy\n"
        "from sentry_api_client.resources import AsyncReleases, Issues\n"
        "from sentry_api import SentryClient\n"
        "client = SentryClient('t', organization='acme')\n"
        "assert type(client.issues) is Issues, Issues\n"
        "assert AsyncReleases.__name__ == 'AsyncReleases'\n"
        "try:\n"
        "    from sentry_api_client.resources import Isues\n"
        "except ImportError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('an unknown name imported')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def _typed_methods() -> list[tuple[str, Any]]:
    from sentry_api import AsyncSentryClient

    found = []
    for client in (make_client(Script()), AsyncSentryClient("t", organization="acme")):
        for name in generated.NAMESPACE_NAMES:
            namespace = getattr(client, name)
            for method_name in namespace.OPERATIONS:
                method = getattr(namespace, method_name)
                label = f"{type(namespace).__name__}.{method_name}"
                if inspect.ismethod(method):
                    found.append((label, method))
                else:  # a list operation: callable, with .pages and .paginate
                    found += [
                        (f"{label}.{part}", getattr(method, part))
                        for part in ("__call__", "pages", "paginate")
                    ]
    return found


def test_every_typed_method_has_resolvable_type_hints() -> None:
    # typing.get_type_hints() and inspect.signature(eval_str=True) raised NameError: httpx,
    # Result, the bodies and the models were imported only under TYPE_CHECKING.
    import typing

    from sentry_api.result import Result
    from sentry_api_client.models import IssueDetail

    methods = _typed_methods()
    assert len(methods) > 84
    for label, method in methods:
        try:
            typing.get_type_hints(method)
            inspect.signature(method, eval_str=True)
        except NameError as exc:
            raise AssertionError(f"{label}: {exc}") from None
    client = make_client(Script())
    assert typing.get_type_hints(client.issues.retrieve)["return"] == Result[IssueDetail]
