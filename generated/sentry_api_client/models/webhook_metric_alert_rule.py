from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_metric_alert_rule_triggers_item import (
        WebhookMetricAlertRuleTriggersItem,
    )


T = TypeVar("T", bound="WebhookMetricAlertRule")


@_attrs_define
class WebhookMetricAlertRule:
    """The metric alert rule (snake_case keys); `triggers` hold thresholds and actions.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        aggregate (str | Unset): The measured function, e.g. `count()`.
        dataset (str | Unset):
        query (str | Unset):
        time_window (int | Unset): Window the aggregate is computed over, in minutes.
        environment (None | str | Unset):
        projects (list[str] | Unset):
        triggers (list[WebhookMetricAlertRuleTriggersItem] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    aggregate: str | Unset = UNSET
    dataset: str | Unset = UNSET
    query: str | Unset = UNSET
    time_window: int | Unset = UNSET
    environment: None | str | Unset = UNSET
    projects: list[str] | Unset = UNSET
    triggers: list[WebhookMetricAlertRuleTriggersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", False, None),
        ("name", "name", False, None),
        ("aggregate", "aggregate", False, None),
        ("dataset", "dataset", False, None),
        ("query", "query", False, None),
        ("time_window", "time_window", False, None),
        ("environment", "environment", False, None),
        ("projects", "projects", False, None),
        (
            "triggers",
            "triggers",
            False,
            (
                "list",
                (
                    "model",
                    "webhook_metric_alert_rule_triggers_item:WebhookMetricAlertRuleTriggersItem",
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        aggregate = self.aggregate

        dataset = self.dataset

        query = self.query

        time_window = self.time_window

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if query is not UNSET:
            field_dict["query"] = query
        if time_window is not UNSET:
            field_dict["time_window"] = time_window
        if environment is not UNSET:
            field_dict["environment"] = environment
        if projects is not UNSET:
            field_dict["projects"] = projects
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_metric_alert_rule_triggers_item import (
            WebhookMetricAlertRuleTriggersItem,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        aggregate = d.pop("aggregate", UNSET)

        dataset = d.pop("dataset", UNSET)

        query = d.pop("query", UNSET)

        time_window = d.pop("time_window", UNSET)

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        projects = cast(list[str], d.pop("projects", UNSET))

        _triggers = d.pop("triggers", UNSET)
        triggers: list[WebhookMetricAlertRuleTriggersItem] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = WebhookMetricAlertRuleTriggersItem.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        webhook_metric_alert_rule = cls(
            id=id,
            name=name,
            aggregate=aggregate,
            dataset=dataset,
            query=query,
            time_window=time_window,
            environment=environment,
            projects=projects,
            triggers=triggers,
        )

        webhook_metric_alert_rule.additional_properties = d
        return webhook_metric_alert_rule

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
