from __future__ import annotations
from sentry_api_client._compat import parse_datetime

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_metric_alert_rule import WebhookMetricAlertRule


T = TypeVar("T", bound="WebhookMetricAlertIncident")


@_attrs_define
class WebhookMetricAlertIncident:
    """The incident the alert opened or updated.

    Attributes:
        id (str | Unset):
        identifier (str | Unset): The incident's number within the organization.
        title (str | Unset):
        status (int | Unset): Incident status code (Sentry's internal numbering).
        organization_id (str | Unset):
        projects (list[str] | Unset):
        date_started (datetime.datetime | Unset):
        date_detected (datetime.datetime | Unset):
        date_created (datetime.datetime | Unset):
        date_closed (datetime.datetime | None | Unset):
        alert_rule (WebhookMetricAlertRule | Unset): The metric alert rule (snake_case keys); `triggers` hold thresholds
            and actions.
    """

    id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    status: int | Unset = UNSET
    organization_id: str | Unset = UNSET
    projects: list[str] | Unset = UNSET
    date_started: datetime.datetime | Unset = UNSET
    date_detected: datetime.datetime | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_closed: datetime.datetime | None | Unset = UNSET
    alert_rule: WebhookMetricAlertRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", False, None),
        ("identifier", "identifier", False, None),
        ("title", "title", False, None),
        ("status", "status", False, None),
        ("organization_id", "organization_id", False, None),
        ("projects", "projects", False, None),
        ("date_started", "date_started", False, "datetime"),
        ("date_detected", "date_detected", False, "datetime"),
        ("date_created", "date_created", False, "datetime"),
        (
            "date_closed",
            "date_closed",
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
            "alert_rule",
            "alert_rule",
            False,
            ("model", "webhook_metric_alert_rule:WebhookMetricAlertRule"),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        identifier = self.identifier

        title = self.title

        status = self.status

        organization_id = self.organization_id

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        date_started: str | Unset = UNSET
        if not isinstance(self.date_started, Unset):
            date_started = self.date_started.isoformat()

        date_detected: str | Unset = UNSET
        if not isinstance(self.date_detected, Unset):
            date_detected = self.date_detected.isoformat()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        alert_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert_rule, Unset):
            alert_rule = self.alert_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if projects is not UNSET:
            field_dict["projects"] = projects
        if date_started is not UNSET:
            field_dict["date_started"] = date_started
        if date_detected is not UNSET:
            field_dict["date_detected"] = date_detected
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_closed is not UNSET:
            field_dict["date_closed"] = date_closed
        if alert_rule is not UNSET:
            field_dict["alert_rule"] = alert_rule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_metric_alert_rule import WebhookMetricAlertRule

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        identifier = d.pop("identifier", UNSET)

        title = d.pop("title", UNSET)

        status = d.pop("status", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        projects = cast(list[str], d.pop("projects", UNSET))

        _date_started = d.pop("date_started", UNSET)
        date_started: datetime.datetime | Unset
        if isinstance(_date_started, Unset):
            date_started = UNSET
        else:
            date_started = parse_datetime(_date_started)

        _date_detected = d.pop("date_detected", UNSET)
        date_detected: datetime.datetime | Unset
        if isinstance(_date_detected, Unset):
            date_detected = UNSET
        else:
            date_detected = parse_datetime(_date_detected)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        def _parse_date_closed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_closed_type_0 = parse_datetime(data)

                return date_closed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_closed = _parse_date_closed(d.pop("date_closed", UNSET))

        _alert_rule = d.pop("alert_rule", UNSET)
        alert_rule: WebhookMetricAlertRule | Unset
        if isinstance(_alert_rule, Unset):
            alert_rule = UNSET
        else:
            alert_rule = WebhookMetricAlertRule.from_dict(_alert_rule)

        webhook_metric_alert_incident = cls(
            id=id,
            identifier=identifier,
            title=title,
            status=status,
            organization_id=organization_id,
            projects=projects,
            date_started=date_started,
            date_detected=date_detected,
            date_created=date_created,
            date_closed=date_closed,
            alert_rule=alert_rule,
        )

        webhook_metric_alert_incident.additional_properties = d
        return webhook_metric_alert_incident

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
