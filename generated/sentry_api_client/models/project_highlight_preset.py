from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_highlight_preset_context import ProjectHighlightPresetContext


T = TypeVar("T", bound="ProjectHighlightPreset")


@_attrs_define
class ProjectHighlightPreset:
    """The platform's default highlighted tags and context keys.

    Attributes:
        tags (list[str] | Unset):
        context (ProjectHighlightPresetContext | Unset):
    """

    tags: list[str] | Unset = UNSET
    context: ProjectHighlightPresetContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("tags", "tags", False, None),
        (
            "context",
            "context",
            False,
            ("model", "project_highlight_preset_context:ProjectHighlightPresetContext"),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_highlight_preset_context import (
            ProjectHighlightPresetContext,
        )

        d = dict(src_dict)
        tags = cast(list[str], d.pop("tags", UNSET))

        _context = d.pop("context", UNSET)
        context: ProjectHighlightPresetContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ProjectHighlightPresetContext.from_dict(_context)

        project_highlight_preset = cls(
            tags=tags,
            context=context,
        )

        project_highlight_preset.additional_properties = d
        return project_highlight_preset

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
