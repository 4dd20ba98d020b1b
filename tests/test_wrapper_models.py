"""Response models: every generated model carries its field metadata, and the lazily built,
tolerant instances behave like ordinary generated models."""

from __future__ import annotations

import copy
import importlib
import pickle
import subprocess
import sys

import attrs
from sentry_api import models
from sentry_api.operations import operations
from sentry_api_client.models.issue import Issue
from sentry_api_client.types import UNSET
from wrapper_fakes import sample

ISSUE = "sentry_api_client.models.issue:Issue"


def all_model_classes() -> list[type]:
    from sentry_api_client.models import _MODULE_OF

    classes = []
    for name, module in _MODULE_OF.items():
        cls = getattr(importlib.import_module(f"sentry_api_client.models.{module}"), name)
        if attrs.has(cls) and hasattr(cls, "from_dict"):
            classes.append(cls)
    return classes


def test_every_model_carries_its_field_metadata() -> None:
    """The generator's model template names every field's JSON key and kind (no source reading)."""
    classes = all_model_classes()
    assert len(classes) > 100
    for cls in classes:
        described = {name for name, _key, _required, _kind in cls._sentry_fields}
        fields = {f.name for f in attrs.fields(cls)} - {"additional_properties"}
        assert described == fields, cls.__name__
        for _name, _key, _required, kind in cls._sentry_fields:
            models.converter(kind)  # every kind is understood
    issue_keys = {name: key for name, key, _r, _k in Issue._sentry_fields}
    assert issue_keys["short_id"] == "shortId" and issue_keys["type_"] == "type"
    required = {name for name, _key, is_required, _k in Issue._sentry_fields if is_required}
    assert "id" in required and "first_seen" not in required


def test_every_response_model_of_the_spec_is_known() -> None:
    for op in operations().values():
        if op.response_model:
            assert attrs.has(models.load_model(op.response_model)), op.operation_id


def test_lazy_instances_are_the_generated_class() -> None:
    raw = sample("issues")[0]
    issue = models.wrap(ISSUE, raw, False)
    assert isinstance(issue, Issue)
    assert type(issue).__name__ == "Issue"
    assert issue.id == raw["id"] and issue.short_id == raw["shortId"]
    assert issue.first_seen is not None and issue.first_seen.year >= 2000  # parsed like from_dict
    assert issue.project.slug == raw["project"]["slug"]  # nested: built with from_dict
    assert repr(issue).startswith("Issue(")


def test_lazy_and_eager_instances_are_equal() -> None:
    raw = sample("issues")[0]
    lazy, eager = models.wrap(ISSUE, raw, False), Issue.from_dict(raw)
    assert lazy == eager and eager == lazy
    other = models.wrap(ISSUE, sample("issues")[1], False)
    assert lazy != other


def test_to_dict_of_an_untouched_instance_is_the_json_as_received() -> None:
    raw = sample("issues")[0]
    issue = models.wrap(ISSUE, raw, False)
    out = issue.to_dict()
    assert out == raw and out is not raw
    out["title"] = "changed"
    assert issue.title == raw["title"], "the copy is independent"


def test_setting_a_field_materialises_then_changes_it() -> None:
    raw = sample("issues")[0]
    issue = models.wrap(ISSUE, raw, False)
    issue.title = "renamed"
    assert issue.title == "renamed"
    assert issue.to_dict()["title"] == "renamed"
    assert issue.to_dict()["shortId"] == raw["shortId"]


def test_pickle_copy_and_evolve() -> None:
    issue = models.wrap(ISSUE, sample("issues")[0], False)
    for clone in (pickle.loads(pickle.dumps(issue)), copy.copy(issue), copy.deepcopy(issue)):
        assert clone == issue
    changed = attrs.evolve(issue, title="x")
    assert changed.title == "x" and changed.short_id == issue.short_id
    assert attrs.asdict(issue)["id"] == issue.id


def test_wrap_lists() -> None:
    raws = sample("issues")[:5]
    items = models.wrap(ISSUE, raws, True)
    assert [i.id for i in items] == [r["id"] for r in raws]
    assert all(isinstance(i, Issue) for i in items)


def test_a_value_of_another_type_is_handed_over_as_sent() -> None:
    raw = sample("issues")[0]
    raw["project"] = "not an object"
    raw["firstSeen"] = "last tuesday"
    issue = models.wrap(ISSUE, raw, False)
    assert issue.project == "not an object" and issue.first_seen == "last tuesday"


def test_missing_fields_read_as_unset() -> None:
    raw = sample("issues")[0]
    del raw["title"], raw["project"], raw["firstSeen"]
    issue = models.wrap(ISSUE, raw, False)
    assert issue.title is UNSET and issue.project is UNSET and issue.first_seen is UNSET
    assert issue.to_dict() == raw


def test_changes_inside_nested_models_reach_to_dict() -> None:
    raw = sample("issues")[0]
    issue = models.wrap(ISSUE, raw, False)
    issue.project.slug = "moved"
    issue.additional_properties["brandNew"] = 1
    out = issue.to_dict()
    assert out["project"]["slug"] == "moved" and out["brandNew"] == 1
    assert out["firstSeen"] == raw["firstSeen"], "an unchanged date keeps its exact text"


def test_unknown_properties_are_kept() -> None:
    raw = sample("issues")[0]
    raw["brandNewField"] = {"x": 1}
    issue = models.wrap(ISSUE, raw, False)
    assert issue.additional_properties["brandNewField"] == {"x": 1}
    assert issue.to_dict()["brandNewField"] == {"x": 1}


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
