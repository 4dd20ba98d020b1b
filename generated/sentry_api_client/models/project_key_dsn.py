from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectKeyDsn")


@_attrs_define
class ProjectKeyDsn:
    """The ingestion URLs of a client key.

    Attributes:
        secret (str): The DSN with the secret key (legacy).
        public (str): The DSN to configure SDKs with.
        csp (str | Unset): Content Security Policy report endpoint.
        security (str | Unset): Security header report endpoint.
        minidump (str | Unset): Minidump upload endpoint.
        nel (str | Unset): Network Error Logging report endpoint.
        unreal (str | Unset): Unreal Engine crash report endpoint.
        crons (str | Unset): Cron monitor check-in endpoint (with a `___MONITOR_SLUG___` placeholder).
        cdn (str | Unset): JavaScript loader script URL.
        playstation (str | Unset):
        integration (str | Unset):
        otlp_traces (str | Unset): OpenTelemetry (OTLP) traces endpoint.
        otlp_logs (str | Unset): OpenTelemetry (OTLP) logs endpoint.
    """

    secret: str
    public: str
    csp: str | Unset = UNSET
    security: str | Unset = UNSET
    minidump: str | Unset = UNSET
    nel: str | Unset = UNSET
    unreal: str | Unset = UNSET
    crons: str | Unset = UNSET
    cdn: str | Unset = UNSET
    playstation: str | Unset = UNSET
    integration: str | Unset = UNSET
    otlp_traces: str | Unset = UNSET
    otlp_logs: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("secret", "secret", True, None),
        ("public", "public", True, None),
        ("csp", "csp", False, None),
        ("security", "security", False, None),
        ("minidump", "minidump", False, None),
        ("nel", "nel", False, None),
        ("unreal", "unreal", False, None),
        ("crons", "crons", False, None),
        ("cdn", "cdn", False, None),
        ("playstation", "playstation", False, None),
        ("integration", "integration", False, None),
        ("otlp_traces", "otlp_traces", False, None),
        ("otlp_logs", "otlp_logs", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        public = self.public

        csp = self.csp

        security = self.security

        minidump = self.minidump

        nel = self.nel

        unreal = self.unreal

        crons = self.crons

        cdn = self.cdn

        playstation = self.playstation

        integration = self.integration

        otlp_traces = self.otlp_traces

        otlp_logs = self.otlp_logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret": secret,
                "public": public,
            }
        )
        if csp is not UNSET:
            field_dict["csp"] = csp
        if security is not UNSET:
            field_dict["security"] = security
        if minidump is not UNSET:
            field_dict["minidump"] = minidump
        if nel is not UNSET:
            field_dict["nel"] = nel
        if unreal is not UNSET:
            field_dict["unreal"] = unreal
        if crons is not UNSET:
            field_dict["crons"] = crons
        if cdn is not UNSET:
            field_dict["cdn"] = cdn
        if playstation is not UNSET:
            field_dict["playstation"] = playstation
        if integration is not UNSET:
            field_dict["integration"] = integration
        if otlp_traces is not UNSET:
            field_dict["otlp_traces"] = otlp_traces
        if otlp_logs is not UNSET:
            field_dict["otlp_logs"] = otlp_logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret")

        public = d.pop("public")

        csp = d.pop("csp", UNSET)

        security = d.pop("security", UNSET)

        minidump = d.pop("minidump", UNSET)

        nel = d.pop("nel", UNSET)

        unreal = d.pop("unreal", UNSET)

        crons = d.pop("crons", UNSET)

        cdn = d.pop("cdn", UNSET)

        playstation = d.pop("playstation", UNSET)

        integration = d.pop("integration", UNSET)

        otlp_traces = d.pop("otlp_traces", UNSET)

        otlp_logs = d.pop("otlp_logs", UNSET)

        project_key_dsn = cls(
            secret=secret,
            public=public,
            csp=csp,
            security=security,
            minidump=minidump,
            nel=nel,
            unreal=unreal,
            crons=crons,
            cdn=cdn,
            playstation=playstation,
            integration=integration,
            otlp_traces=otlp_traces,
            otlp_logs=otlp_logs,
        )

        project_key_dsn.additional_properties = d
        return project_key_dsn

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
