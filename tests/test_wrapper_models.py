"""Response parsing: every generated model gets a compiled checker (no silent fallback), and the
lazily built instances behave like ordinary generated models."""

from __future__ import annotations

import copy
import importlib
import pickle
import subprocess
import sys

import attrs
import pytest
from sentry_api import models
from sentry_api.errors import InvalidResponseError
from sentry_api.operations import operations
from sentry_api_client.models.issue import Issue
from sentry_api_client.models.issue_detail import IssueDetail
from wrapper_fakes import sample

ISSUE = "sentry_api_client.models.issue:Issue"


def all_model_classes() -> list[type]:
    classes = []
    for name, module in models._model_index().items():
        cls = getattr(importlib.import_module(module), name)
        if attrs.has(cls) and hasattr(cls, "from_dict"):
            classes.append(cls)
    return classes


def test_every_model_compiles_to_a_checker_without_falling_back() -> None:
    classes = all_model_classes()
    assert len(classes) > 100
    for cls in classes:
        check = models._checker(cls)
        assert "_eager_check" not in check.__qualname__, cls.__name__
        # every field's JSON key was found in the generated source
        keys = models._wire_keys(cls)
        missing = [
            f.name
            for f in attrs.fields(cls)
            if f.name != "additional_properties" and f.name not in keys
        ]
        assert not missing, (cls.__name__, missing)


def test_every_response_model_of_the_spec_is_known() -> None:
    for op in operations().values():
        if op.response_model:
            assert attrs.has(models.load_model(op.response_model)), op.operation_id


def test_lazy_instances_are_the_generated_class() -> None:
    raw = sample("issues")[0]
    issue = models.parse(ISSUE, raw, False)
    assert isinstance(issue, Issue)
    assert type(issue).__name__ == "Issue"
    assert issue.id == raw["id"] and issue.short_id == raw["shortId"]
    assert issue.first_seen is not None and issue.first_seen.year >= 2000  # parsed like from_dict
    assert issue.project.slug == raw["project"]["slug"]  # nested: built with from_dict
    assert repr(issue).startswith("Issue(")


def test_lazy_and_eager_instances_are_equal() -> None:
    raw = sample("issues")[0]
    lazy, eager = models.parse(ISSUE, raw, False), Issue.from_dict(raw)
    assert lazy == eager and eager == lazy
    other = models.parse(ISSUE, sample("issues")[1], False)
    assert lazy != other


def test_to_dict_of_an_untouched_instance_is_the_json_as_received() -> None:
    raw = sample("issues")[0]
    issue = models.parse(ISSUE, raw, False)
    out = issue.to_dict()
    assert out == raw and out is not raw
    out["title"] = "changed"
    assert issue.title == raw["title"], "the copy is independent"


def test_setting_a_field_materialises_then_changes_it() -> None:
    raw = sample("issues")[0]
    issue = models.parse(ISSUE, raw, False)
    issue.title = "renamed"
    assert issue.title == "renamed"
    assert issue.to_dict()["title"] == "renamed"
    assert issue.to_dict()["shortId"] == raw["shortId"]


def test_pickle_copy_and_evolve() -> None:
    issue = models.parse(ISSUE, sample("issues")[0], False)
    for clone in (pickle.loads(pickle.dumps(issue)), copy.copy(issue), copy.deepcopy(issue)):
        assert clone == issue
    changed = attrs.evolve(issue, title="x")
    assert changed.title == "x" and changed.short_id == issue.short_id
    assert attrs.asdict(issue)["id"] == issue.id


def test_parse_lists() -> None:
    raws = sample("issues")[:5]
    items = models.parse(ISSUE, raws, True)
    assert [i.id for i in items] == [r["id"] for r in raws]
    with pytest.raises(models.ShapeError, match="expected a list of Issue objects"):
        models.parse(ISSUE, raws[0], True)


def test_nested_errors_are_found_all_the_way_down() -> None:
    raw = sample("issue_detail")
    raw["project"]["slug"] = 5
    error = models.shape_error(IssueDetail, raw)
    assert error is not None and error.path == "project.slug"
    with pytest.raises(models.ShapeError, match="project.slug: expected string, got integer 5"):
        models.parse("sentry_api_client.models.issue_detail:IssueDetail", raw, False)


@pytest.mark.parametrize("bad", ["last tuesday", "2025-13-45T99:99:99Z", "", 20250602])
def test_dates_must_parse(bad: object) -> None:
    raw = sample("issues")[0]
    raw["firstSeen"] = bad
    with pytest.raises(models.ShapeError, match="firstSeen: expected an ISO 8601 date-time"):
        models.parse(ISSUE, raw, False)


def test_the_shape_cache_does_not_hide_nested_problems() -> None:
    good, bad = sample("issues")[0], sample("issues")[1]
    bad["project"] = {"id": "1"}  # same top-level shape as `good`, broken inside
    models.parse(ISSUE, [good], True)
    with pytest.raises(models.ShapeError, match=r"\[1\]\.project\."):
        models.parse(ISSUE, [good, bad], True)


def test_a_failure_building_a_vetted_object_is_still_typed() -> None:
    issue = models.parse(ISSUE, sample("issues")[0], False)
    issue._sentry_raw["project"] = "corrupted after the check"  # only a bug could do this
    with pytest.raises(InvalidResponseError):
        _ = issue.project


def test_unknown_properties_are_kept() -> None:
    raw = sample("issues")[0]
    raw["brandNewField"] = {"x": 1}
    issue = models.parse(ISSUE, raw, False)
    assert issue.additional_properties["brandNewField"] == {"x": 1}


def test_importing_the_package_loads_no_models_or_http_stack() -> None:
    code = (
        "import sys, sentry_api\n"
        "heavy = ('sentry_api_client', 'httpx', 'tenacity', 'sentry_api.')\n"
        "loaded = [m for m in sys.modules if m.startswith(heavy)]\n"
        "print(loaded)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
