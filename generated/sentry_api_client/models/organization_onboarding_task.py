from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_onboarding_task_user_type_0 import (
        OrganizationOnboardingTaskUserType0,
    )


T = TypeVar("T", bound="OrganizationOnboardingTask")


@_attrs_define
class OrganizationOnboardingTask:
    """Progress on one onboarding task.

    Attributes:
        task (int | None | str): The task key, e.g. `create_project`, `first_event`, `invite_member`; Sentry 8 sent
            the task's number instead.
        status (str): Known values `complete`, `pending`, `skipped`.
        user (None | OrganizationOnboardingTaskUserType0 | Unset): The user who completed the task, when known.
        completion_seen (datetime.datetime | None | Unset): When the completion was shown to the user.
        date_completed (datetime.datetime | None | Unset): When the task was completed.
        data (Any | Unset): Task-specific details.
    """

    task: int | None | str
    status: str
    user: None | OrganizationOnboardingTaskUserType0 | Unset = UNSET
    completion_seen: datetime.datetime | None | Unset = UNSET
    date_completed: datetime.datetime | None | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("task", "task", True, None),
        ("status", "status", True, None),
        (
            "user",
            "user",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "organization_onboarding_task_user_type_0:OrganizationOnboardingTaskUserType0",
                    ),
                    None,
                ),
            ),
        ),
        (
            "completion_seen",
            "completionSeen",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        (
            "date_completed",
            "dateCompleted",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("data", "data", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_onboarding_task_user_type_0 import (
            OrganizationOnboardingTaskUserType0,
        )

        task: int | None | str
        task = self.task

        status = self.status

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, OrganizationOnboardingTaskUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        completion_seen: None | str | Unset
        if isinstance(self.completion_seen, Unset):
            completion_seen = UNSET
        elif isinstance(self.completion_seen, datetime.datetime):
            completion_seen = self.completion_seen.isoformat()
        else:
            completion_seen = self.completion_seen

        date_completed: None | str | Unset
        if isinstance(self.date_completed, Unset):
            date_completed = UNSET
        elif isinstance(self.date_completed, datetime.datetime):
            date_completed = self.date_completed.isoformat()
        else:
            date_completed = self.date_completed

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "status": status,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if completion_seen is not UNSET:
            field_dict["completionSeen"] = completion_seen
        if date_completed is not UNSET:
            field_dict["dateCompleted"] = date_completed
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_onboarding_task_user_type_0 import (
            OrganizationOnboardingTaskUserType0,
        )

        d = dict(src_dict)

        def _parse_task(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        task = _parse_task(d.pop("task"))

        status = d.pop("status")

        def _parse_user(
            data: object,
        ) -> None | OrganizationOnboardingTaskUserType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = OrganizationOnboardingTaskUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationOnboardingTaskUserType0 | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_completion_seen(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_seen_type_0 = parse_datetime(data)

                return completion_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completion_seen = _parse_completion_seen(d.pop("completionSeen", UNSET))

        def _parse_date_completed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_completed_type_0 = parse_datetime(data)

                return date_completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_completed = _parse_date_completed(d.pop("dateCompleted", UNSET))

        data = d.pop("data", UNSET)

        organization_onboarding_task = cls(
            task=task,
            status=status,
            user=user,
            completion_seen=completion_seen,
            date_completed=date_completed,
            data=data,
        )

        organization_onboarding_task.additional_properties = d
        return organization_onboarding_task

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
