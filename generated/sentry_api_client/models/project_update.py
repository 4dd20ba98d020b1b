from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_update_highlight_context import ProjectUpdateHighlightContext


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """New settings for a project; fields left out are unchanged. The fields from
    `digestsMinDelay` on are accepted by Sentry's endpoint but not in its published schema.

        Attributes:
            is_bookmarked (bool | Unset): Star the project for the caller (allowed with `project:read`).
            name (str | Unset):
            slug (str | Unset):
            platform (None | str | Unset):
            subject_prefix (str | Unset): Prefix of alert email subjects.
            subject_template (str | Unset): Alert email subject (after the prefix). Variables: `$title`, `$shortID`,
                `$projectID`, `$orgID`, `${tag:key}` (e.g. `${tag:environment}`).
            resolve_age (int | None | Unset): Auto-resolve issues not seen for this many hours; `0` turns it off.
            highlight_context (ProjectUpdateHighlightContext | Unset): Context keys to highlight, per context type, e.g.
                `{"user": ["id", "email"]}`.
            highlight_tags (list[str] | Unset): Tag keys to highlight on the project's issues, e.g. `["release",
                "environment"]`.
            enable_auto_release_creation (bool | Unset): Create releases automatically from the release names of incoming
                events.
            scm_source_context_enabled (bool | Unset): Fetch missing source context for stack traces from connected
                repositories.
            digests_min_delay (int | Unset): Minimum seconds between alert digest emails.
            digests_max_delay (int | Unset): Maximum seconds between alert digest emails.
            default_environment (None | str | Unset): Environment selected by default in the project's views.
            data_scrubber (bool | Unset): Scrub data on the server.
            data_scrubber_defaults (bool | Unset): Apply the default scrubbers (passwords, credit cards, ...).
            sensitive_fields (list[str] | Unset): Extra field names to scrub.
            safe_fields (list[str] | Unset): Field names the scrubbers must leave alone.
            scrub_ip_addresses (bool | Unset): Do not store IP addresses of new events.
            allowed_domains (list[str] | Unset): Origins allowed to send events; `*` allows any.
            scrape_java_script (bool | Unset): Let Sentry fetch missing JavaScript source files.
            verify_ssl (bool | Unset): Verify TLS certificates when fetching source files.
            security_token (str | Unset): Token Sentry sends when fetching source files from your servers.
            security_token_header (str | Unset): Header name Sentry uses to send `securityToken`.
    """

    is_bookmarked: bool | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    platform: None | str | Unset = UNSET
    subject_prefix: str | Unset = UNSET
    subject_template: str | Unset = UNSET
    resolve_age: int | None | Unset = UNSET
    highlight_context: ProjectUpdateHighlightContext | Unset = UNSET
    highlight_tags: list[str] | Unset = UNSET
    enable_auto_release_creation: bool | Unset = UNSET
    scm_source_context_enabled: bool | Unset = UNSET
    digests_min_delay: int | Unset = UNSET
    digests_max_delay: int | Unset = UNSET
    default_environment: None | str | Unset = UNSET
    data_scrubber: bool | Unset = UNSET
    data_scrubber_defaults: bool | Unset = UNSET
    sensitive_fields: list[str] | Unset = UNSET
    safe_fields: list[str] | Unset = UNSET
    scrub_ip_addresses: bool | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    scrape_java_script: bool | Unset = UNSET
    verify_ssl: bool | Unset = UNSET
    security_token: str | Unset = UNSET
    security_token_header: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("is_bookmarked", "isBookmarked", False, None),
        ("name", "name", False, None),
        ("slug", "slug", False, None),
        ("platform", "platform", False, None),
        ("subject_prefix", "subjectPrefix", False, None),
        ("subject_template", "subjectTemplate", False, None),
        ("resolve_age", "resolveAge", False, None),
        (
            "highlight_context",
            "highlightContext",
            False,
            ("model", "project_update_highlight_context:ProjectUpdateHighlightContext"),
        ),
        ("highlight_tags", "highlightTags", False, None),
        ("enable_auto_release_creation", "enableAutoReleaseCreation", False, None),
        ("scm_source_context_enabled", "scmSourceContextEnabled", False, None),
        ("digests_min_delay", "digestsMinDelay", False, None),
        ("digests_max_delay", "digestsMaxDelay", False, None),
        ("default_environment", "defaultEnvironment", False, None),
        ("data_scrubber", "dataScrubber", False, None),
        ("data_scrubber_defaults", "dataScrubberDefaults", False, None),
        ("sensitive_fields", "sensitiveFields", False, None),
        ("safe_fields", "safeFields", False, None),
        ("scrub_ip_addresses", "scrubIPAddresses", False, None),
        ("allowed_domains", "allowedDomains", False, None),
        ("scrape_java_script", "scrapeJavaScript", False, None),
        ("verify_ssl", "verifySSL", False, None),
        ("security_token", "securityToken", False, None),
        ("security_token_header", "securityTokenHeader", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        is_bookmarked = self.is_bookmarked

        name = self.name

        slug = self.slug

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        subject_prefix = self.subject_prefix

        subject_template = self.subject_template

        resolve_age: int | None | Unset
        if isinstance(self.resolve_age, Unset):
            resolve_age = UNSET
        else:
            resolve_age = self.resolve_age

        highlight_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlight_context, Unset):
            highlight_context = self.highlight_context.to_dict()

        highlight_tags: list[str] | Unset = UNSET
        if not isinstance(self.highlight_tags, Unset):
            highlight_tags = self.highlight_tags

        enable_auto_release_creation = self.enable_auto_release_creation

        scm_source_context_enabled = self.scm_source_context_enabled

        digests_min_delay = self.digests_min_delay

        digests_max_delay = self.digests_max_delay

        default_environment: None | str | Unset
        if isinstance(self.default_environment, Unset):
            default_environment = UNSET
        else:
            default_environment = self.default_environment

        data_scrubber = self.data_scrubber

        data_scrubber_defaults = self.data_scrubber_defaults

        sensitive_fields: list[str] | Unset = UNSET
        if not isinstance(self.sensitive_fields, Unset):
            sensitive_fields = self.sensitive_fields

        safe_fields: list[str] | Unset = UNSET
        if not isinstance(self.safe_fields, Unset):
            safe_fields = self.safe_fields

        scrub_ip_addresses = self.scrub_ip_addresses

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        scrape_java_script = self.scrape_java_script

        verify_ssl = self.verify_ssl

        security_token = self.security_token

        security_token_header = self.security_token_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_bookmarked is not UNSET:
            field_dict["isBookmarked"] = is_bookmarked
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if platform is not UNSET:
            field_dict["platform"] = platform
        if subject_prefix is not UNSET:
            field_dict["subjectPrefix"] = subject_prefix
        if subject_template is not UNSET:
            field_dict["subjectTemplate"] = subject_template
        if resolve_age is not UNSET:
            field_dict["resolveAge"] = resolve_age
        if highlight_context is not UNSET:
            field_dict["highlightContext"] = highlight_context
        if highlight_tags is not UNSET:
            field_dict["highlightTags"] = highlight_tags
        if enable_auto_release_creation is not UNSET:
            field_dict["enableAutoReleaseCreation"] = enable_auto_release_creation
        if scm_source_context_enabled is not UNSET:
            field_dict["scmSourceContextEnabled"] = scm_source_context_enabled
        if digests_min_delay is not UNSET:
            field_dict["digestsMinDelay"] = digests_min_delay
        if digests_max_delay is not UNSET:
            field_dict["digestsMaxDelay"] = digests_max_delay
        if default_environment is not UNSET:
            field_dict["defaultEnvironment"] = default_environment
        if data_scrubber is not UNSET:
            field_dict["dataScrubber"] = data_scrubber
        if data_scrubber_defaults is not UNSET:
            field_dict["dataScrubberDefaults"] = data_scrubber_defaults
        if sensitive_fields is not UNSET:
            field_dict["sensitiveFields"] = sensitive_fields
        if safe_fields is not UNSET:
            field_dict["safeFields"] = safe_fields
        if scrub_ip_addresses is not UNSET:
            field_dict["scrubIPAddresses"] = scrub_ip_addresses
        if allowed_domains is not UNSET:
            field_dict["allowedDomains"] = allowed_domains
        if scrape_java_script is not UNSET:
            field_dict["scrapeJavaScript"] = scrape_java_script
        if verify_ssl is not UNSET:
            field_dict["verifySSL"] = verify_ssl
        if security_token is not UNSET:
            field_dict["securityToken"] = security_token
        if security_token_header is not UNSET:
            field_dict["securityTokenHeader"] = security_token_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_update_highlight_context import (
            ProjectUpdateHighlightContext,
        )

        d = dict(src_dict)
        is_bookmarked = d.pop("isBookmarked", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        subject_prefix = d.pop("subjectPrefix", UNSET)

        subject_template = d.pop("subjectTemplate", UNSET)

        def _parse_resolve_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resolve_age = _parse_resolve_age(d.pop("resolveAge", UNSET))

        _highlight_context = d.pop("highlightContext", UNSET)
        highlight_context: ProjectUpdateHighlightContext | Unset
        if isinstance(_highlight_context, Unset):
            highlight_context = UNSET
        else:
            highlight_context = ProjectUpdateHighlightContext.from_dict(_highlight_context)

        highlight_tags = cast(list[str], d.pop("highlightTags", UNSET))

        enable_auto_release_creation = d.pop("enableAutoReleaseCreation", UNSET)

        scm_source_context_enabled = d.pop("scmSourceContextEnabled", UNSET)

        digests_min_delay = d.pop("digestsMinDelay", UNSET)

        digests_max_delay = d.pop("digestsMaxDelay", UNSET)

        def _parse_default_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_environment = _parse_default_environment(d.pop("defaultEnvironment", UNSET))

        data_scrubber = d.pop("dataScrubber", UNSET)

        data_scrubber_defaults = d.pop("dataScrubberDefaults", UNSET)

        sensitive_fields = cast(list[str], d.pop("sensitiveFields", UNSET))

        safe_fields = cast(list[str], d.pop("safeFields", UNSET))

        scrub_ip_addresses = d.pop("scrubIPAddresses", UNSET)

        allowed_domains = cast(list[str], d.pop("allowedDomains", UNSET))

        scrape_java_script = d.pop("scrapeJavaScript", UNSET)

        verify_ssl = d.pop("verifySSL", UNSET)

        security_token = d.pop("securityToken", UNSET)

        security_token_header = d.pop("securityTokenHeader", UNSET)

        project_update = cls(
            is_bookmarked=is_bookmarked,
            name=name,
            slug=slug,
            platform=platform,
            subject_prefix=subject_prefix,
            subject_template=subject_template,
            resolve_age=resolve_age,
            highlight_context=highlight_context,
            highlight_tags=highlight_tags,
            enable_auto_release_creation=enable_auto_release_creation,
            scm_source_context_enabled=scm_source_context_enabled,
            digests_min_delay=digests_min_delay,
            digests_max_delay=digests_max_delay,
            default_environment=default_environment,
            data_scrubber=data_scrubber,
            data_scrubber_defaults=data_scrubber_defaults,
            sensitive_fields=sensitive_fields,
            safe_fields=safe_fields,
            scrub_ip_addresses=scrub_ip_addresses,
            allowed_domains=allowed_domains,
            scrape_java_script=scrape_java_script,
            verify_ssl=verify_ssl,
            security_token=security_token,
            security_token_header=security_token_header,
        )

        project_update.additional_properties = d
        return project_update

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
