"""openapi/sentry.yaml against the contract of issue 2 and the spec conventions.

The operation table below is copied from issue 2 (the one place it is written by hand): every
other list of operations or scopes in the project is generated from the spec, and this test
is what ties the spec back to the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "sentry.yaml"

# Issue 2 writes path parameters in short form; these are Sentry's names used in the spec.
PATH_PARAM_NAMES = {
    "{org}": "{organization_id_or_slug}",
    "{project}": "{project_id_or_slug}",
    "{team}": "{team_id_or_slug}",
}

# operationId, method, path under /api/0/, scope to ask for, also accepted — issue 2, verbatim.
OPERATIONS_TABLE = """
list_project_issues | GET | projects/{org}/{project}/issues/ | event:read | event:write, event:admin
bulk_mutate_project_issues | PUT | projects/{org}/{project}/issues/ | event:write | event:admin
retrieve_issue | GET | organizations/{org}/issues/{issue_id}/ | event:read | event:write, event:admin
update_issue | PUT | organizations/{org}/issues/{issue_id}/ | event:write | event:admin
delete_issue | DELETE | organizations/{org}/issues/{issue_id}/ | event:admin |
list_issue_events | GET | organizations/{org}/issues/{issue_id}/events/ | event:read | event:write, event:admin
retrieve_issue_event | GET | organizations/{org}/issues/{issue_id}/events/{event_id}/ | event:read | event:write, event:admin
list_issue_hashes | GET | organizations/{org}/issues/{issue_id}/hashes/ | event:read | event:write, event:admin
list_organization_issues | GET | organizations/{org}/issues/ | event:read | event:write, event:admin
bulk_mutate_organization_issues | PUT | organizations/{org}/issues/ | event:write | event:admin
list_project_events | GET | projects/{org}/{project}/events/ | project:read | project:write, project:admin
retrieve_project_event | GET | projects/{org}/{project}/events/{event_id}/ | project:read | project:write, project:admin
list_projects | GET | projects/ | project:read | project:write, project:admin
create_project | POST | teams/{org}/{team}/projects/ | project:write | project:admin
retrieve_project | GET | projects/{org}/{project}/ | project:read | project:write, project:admin
update_project | PUT | projects/{org}/{project}/ | project:write | project:admin
delete_project | DELETE | projects/{org}/{project}/ | project:admin |
list_project_users | GET | projects/{org}/{project}/users/ | project:read | project:write, project:admin
list_project_keys | GET | projects/{org}/{project}/keys/ | project:read | project:write, project:admin
list_organizations | GET | organizations/ | org:read | org:write, org:admin
retrieve_organization | GET | organizations/{org}/ | org:read | org:write, org:admin
update_organization | PUT | organizations/{org}/ | org:write | org:admin
list_organization_projects | GET | organizations/{org}/projects/ | org:read | org:write, org:admin
list_organization_teams | GET | organizations/{org}/teams/ | org:read | org:write, org:admin
create_team | POST | organizations/{org}/teams/ | team:write | team:admin, org:write, org:admin
retrieve_team | GET | teams/{org}/{team}/ | team:read | team:write, team:admin
update_team | PUT | teams/{org}/{team}/ | team:write | team:admin
delete_team | DELETE | teams/{org}/{team}/ | team:admin |
list_team_projects | GET | teams/{org}/{team}/projects/ | project:read | project:write, project:admin
list_team_members | GET | teams/{org}/{team}/members/ | team:read | team:write, team:admin
list_organization_releases | GET | organizations/{org}/releases/ | project:releases | org:ci, project:read, project:write, project:admin
create_release | POST | organizations/{org}/releases/ | project:releases | org:ci, project:write, project:admin
retrieve_release | GET | organizations/{org}/releases/{version}/ | project:releases | org:ci, project:read, project:write, project:admin
update_release | PUT | organizations/{org}/releases/{version}/ | project:releases | org:ci, project:write, project:admin
delete_release | DELETE | organizations/{org}/releases/{version}/ | project:releases | project:admin
list_release_deploys | GET | organizations/{org}/releases/{version}/deploys/ | project:releases | org:ci, project:read, project:write, project:admin
create_deploy | POST | organizations/{org}/releases/{version}/deploys/ | project:releases | org:ci, project:write, project:admin
list_organization_members | GET | organizations/{org}/members/ | member:read | member:write, member:admin
invite_member | POST | organizations/{org}/members/ | member:write | member:invite, member:admin
retrieve_member | GET | organizations/{org}/members/{member_id}/ | member:read | member:write, member:admin
update_member | PUT | organizations/{org}/members/{member_id}/ | member:write | member:invite, member:admin
remove_member | DELETE | organizations/{org}/members/{member_id}/ | member:admin |
"""  # noqa: E501 — one table row per line, as in the issue

RATE_LIMIT_HEADERS = (
    "X-Sentry-Rate-Limit-Limit",
    "X-Sentry-Rate-Limit-Remaining",
    "X-Sentry-Rate-Limit-Reset",
    "X-Sentry-Rate-Limit-ConcurrentLimit",
    "X-Sentry-Rate-Limit-ConcurrentRemaining",
)
TAGS = {"Issues", "Events", "Projects", "Organizations", "Teams", "Releases", "Members"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _parse_table(text: str) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for line in text.strip().splitlines():
        operation_id, method, path, ask, also = (cell.strip() for cell in line.split("|"))
        for short, full in PATH_PARAM_NAMES.items():
            path = path.replace(short, full)
        table[operation_id] = {
            "method": method.lower(),
            "path": "/api/0/" + path,
            "scopes": [ask, *(s.strip() for s in also.split(",") if s.strip())],
        }
    return table


EXPECTED = _parse_table(OPERATIONS_TABLE)


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a chain of local $refs to the object they name."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """Yield (method, path, operation, path item) for every operation in the spec."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method], item


def find(spec: dict[str, Any], operation_id: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(path, operation, path item) of one operation; fails the test when it is missing."""
    for _, path, operation, item in operations(spec):
        if operation.get("operationId") == operation_id:
            return path, operation, item
    pytest.fail(f"operation {operation_id} is not in the spec")


def parameters(spec: dict[str, Any], operation: dict[str, Any], item: dict[str, Any]) -> list[Any]:
    raw = [*item.get("parameters", []), *operation.get("parameters", [])]
    return [resolve(spec, p) for p in raw]


def is_list_operation(operation_id: str) -> bool:
    # Every `list_*` operation of the table is a cursor-paginated Sentry list endpoint.
    return operation_id.startswith("list_")


def responses(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(code): resolve(spec, r) for code, r in operation.get("responses", {}).items()}


def json_schema_ref(response: dict[str, Any]) -> str | None:
    schema = (response.get("content") or {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref")
    return ref if isinstance(ref, str) else None


def walk_schema(spec: dict[str, Any], schema: Any, seen: set[str]) -> Iterator[dict[str, Any]]:
    """Yield every schema object reachable from ``schema``, following $refs once each."""
    if isinstance(schema, list):
        for item in schema:
            yield from walk_schema(spec, item, seen)
        return
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            return
        seen.add(ref)
        yield from walk_schema(spec, resolve(spec, {"$ref": ref}), seen)
        return
    yield schema
    for key, value in schema.items():
        if key in ("example", "examples", "default", "const", "enum"):
            continue
        if key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
            for sub in value.values():
                yield from walk_schema(spec, sub, seen)
        elif isinstance(value, (dict, list)):
            yield from walk_schema(spec, value, seen)


# --------------------------------------------------------------------------- validity


def test_spec_is_openapi_3_1_and_validates(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1."), spec["openapi"]
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_no_3_0_nullable_keyword(spec: dict[str, Any]) -> None:
    # OpenAPI 3.1 spells nullability as a type list; `nullable:` would be silently ignored.
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert not re.search(r"^\s*nullable:", text, flags=re.MULTILINE)


def test_servers(spec: dict[str, Any]) -> None:
    servers = spec["servers"]
    urls = [s["url"] for s in servers]
    assert urls[0] == "https://sentry.io", "sentry.io must be the default (first) server"
    assert {"https://us.sentry.io", "https://de.sentry.io"} <= set(urls)
    self_hosted = [s for s in servers if "{" in s["url"]]
    assert len(self_hosted) == 1, "exactly one self-hosted server with a variable"
    server = self_hosted[0]
    used = set(re.findall(r"{([^}]+)}", server["url"]))
    assert used and used == set(server.get("variables", {}))
    assert all("default" in v for v in server["variables"].values())
    for url in urls:
        # Host-only servers: the operation paths carry the full /api/0/... prefix.
        assert not url.rstrip("/").endswith("/api/0"), url


def test_bearer_security_scheme(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["auth_token"]
    assert scheme["type"] == "http"
    assert scheme["scheme"].lower() == "bearer"


# --------------------------------------------------------------------------- the table


def test_exactly_the_42_operations(spec: dict[str, Any]) -> None:
    found = [op.get("operationId") for _, _, op, _ in operations(spec)]
    assert len(EXPECTED) == 42
    assert len(found) == len(set(found)), "duplicate operationIds"
    assert sorted(found) == sorted(EXPECTED)


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_method_and_path(spec: dict[str, Any], operation_id: str) -> None:
    located = {op["operationId"]: (method, path) for method, path, op, _ in operations(spec)}
    expected = EXPECTED[operation_id]
    assert located.get(operation_id) == (expected["method"], expected["path"])


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_security_lists_one_requirement_per_scope(spec: dict[str, Any], operation_id: str) -> None:
    _, operation, _ = find(spec, operation_id)
    requirements = operation.get("security")
    assert requirements, "every operation declares its own security requirements"
    for requirement in requirements:
        # Alternatives are separate objects; one object with two scopes would mean "both".
        assert list(requirement) == ["auth_token"], requirement
        assert len(requirement["auth_token"]) == 1, requirement
    scopes = [r["auth_token"][0] for r in requirements]
    expected = EXPECTED[operation_id]["scopes"]
    assert scopes[: len(expected)] == expected, "first the scope to ask for, then 'also accepted'"
    assert len(scopes) == len(set(scopes)), "a scope is listed twice"


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_one_known_tag(spec: dict[str, Any], operation_id: str) -> None:
    tags = find(spec, operation_id)[1].get("tags")
    assert tags is not None and len(tags) == 1 and tags[0] in TAGS, tags
    assert {t["name"] for t in spec["tags"]} >= TAGS


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_path_parameters_declared(spec: dict[str, Any], operation_id: str) -> None:
    path, operation, item = find(spec, operation_id)
    in_template = re.findall(r"{([^}]+)}", path)
    declared = [p for p in parameters(spec, operation, item) if p["in"] == "path"]
    assert sorted(p["name"] for p in declared) == sorted(in_template)
    assert all(p.get("required") is True for p in declared)


# --------------------------------------------------------------------------- lists


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_cursor_pagination(spec: dict[str, Any], operation_id: str) -> None:
    _, operation, item = find(spec, operation_id)
    raw = [*item.get("parameters", []), *operation.get("parameters", [])]
    has_cursor = {"$ref": "#/components/parameters/Cursor"} in raw
    if not is_list_operation(operation_id):
        assert not has_cursor, "only list operations take a cursor"
        return
    assert has_cursor, "lists use the shared Cursor parameter"
    ok = responses(spec, operation).get("200")
    assert ok is not None, "a list answers 200"
    assert "Link" in (ok.get("headers") or {}), "the 200 documents the Link header"
    schema = ok["content"]["application/json"]["schema"]
    assert schema.get("type") == "array" and "$ref" in schema.get("items", {}), schema


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_per_page_bounds_when_declared(spec: dict[str, Any], operation_id: str) -> None:
    _, operation, item = find(spec, operation_id)
    for param in parameters(spec, operation, item):
        if param["name"] == "per_page":
            schema = param["schema"]
            assert schema.get("type") == "integer"
            assert (schema.get("minimum"), schema.get("maximum")) == (1, 100)
            assert schema.get("default") == 100


# --------------------------------------------------------------------------- responses


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_every_response_documents_rate_limit_headers(
    spec: dict[str, Any], operation_id: str
) -> None:
    for status, response in responses(spec, find(spec, operation_id)[1]).items():
        missing = [h for h in RATE_LIMIT_HEADERS if h not in (response.get("headers") or {})]
        assert not missing, f"{status} response lacks {missing}"


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_error_responses(spec: dict[str, Any], operation_id: str) -> None:
    path, operation, _ = find(spec, operation_id)
    found = responses(spec, operation)
    wanted = {"401", "403", "429"}
    if "{" in path:
        wanted.add("404")  # a resource named in the path can be missing
    if "requestBody" in operation:
        wanted.add("400")  # a body can be invalid
    assert wanted <= set(found), f"missing {sorted(wanted - set(found))}"
    for status in ("401", "403", "404", "429"):
        if status in found:
            assert json_schema_ref(found[status]) == "#/components/schemas/ErrorDetail", status
    if "400" in found:
        assert json_schema_ref(found["400"]) in (
            "#/components/schemas/ValidationError",
            "#/components/schemas/ErrorDetail",
        )


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_bodies_and_success_responses_use_named_schemas(
    spec: dict[str, Any], operation_id: str
) -> None:
    # Named component schemas keep the generated model class names stable.
    _, operation, _ = find(spec, operation_id)
    if "requestBody" in operation:
        body = resolve(spec, operation["requestBody"])
        schema = body["content"]["application/json"]["schema"]
        assert "$ref" in schema, "request body must $ref a component schema"
    for status, response in responses(spec, operation).items():
        if not status.startswith("2") or "content" not in response:
            continue
        schema = response["content"]["application/json"]["schema"]
        named = schema.get("$ref") or schema.get("items", {}).get("$ref")
        assert named, f"{status} response must $ref a component schema (or an array of one)"


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_response_schemas_tolerate_new_values(spec: dict[str, Any], operation_id: str) -> None:
    # Sentry adds fields and enum values without notice; a closed response schema would make
    # generated clients reject real answers.
    for status, response in responses(spec, find(spec, operation_id)[1]).items():
        for media in (response.get("content") or {}).values():
            for schema in walk_schema(spec, media.get("schema"), set()):
                assert "enum" not in schema, f"{status}: enum in a response schema: {schema}"
                assert schema.get("additionalProperties") is not False, f"{status}: {schema}"
                assert schema.get("unevaluatedProperties") is not False, f"{status}: {schema}"
