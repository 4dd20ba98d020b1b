from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_processing_error_data import EventProcessingErrorData


T = TypeVar("T", bound="EventProcessingError")


@_attrs_define
class EventProcessingError:
    """A problem Sentry met while processing an event.

    Attributes:
        type_ (str | Unset):
        message (str | Unset):
        data (EventProcessingErrorData | Unset):
    """

    type_: str | Unset = UNSET
    message: str | Unset = UNSET
    data: EventProcessingErrorData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("type_", "type", False, None),
        ("message", "message", False, None),
        (
            "data",
            "data",
            False,
            ("model", "event_processing_error_data:EventProcessingErrorData"),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_processing_error_data import EventProcessingErrorData

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: EventProcessingErrorData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EventProcessingErrorData.from_dict(_data)

        event_processing_error = cls(
            type_=type_,
            message=message,
            data=data,
        )

        event_processing_error.additional_properties = d
        return event_processing_error

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
