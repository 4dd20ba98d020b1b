from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..models.organization_update_attachments_role import (
    OrganizationUpdateAttachmentsRole,
    check_organization_update_attachments_role,
)
from ..models.organization_update_avatar_type import (
    OrganizationUpdateAvatarType,
    check_organization_update_avatar_type,
)
from ..models.organization_update_debug_files_role import (
    OrganizationUpdateDebugFilesRole,
    check_organization_update_debug_files_role,
)
from ..models.organization_update_default_role import (
    OrganizationUpdateDefaultRole,
    check_organization_update_default_role,
)
from ..models.organization_update_store_crash_reports import (
    OrganizationUpdateStoreCrashReports,
    check_organization_update_store_crash_reports,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_trusted_relay_input import OrganizationTrustedRelayInput


T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    """New settings for an organization; fields left out are unchanged.

    Attributes:
        slug (str | Unset): New slug; must be unique across Sentry. Organization slugs use lowercase letters,
            digits and dashes, at least 3 characters.
        name (str | Unset):
        is_early_adopter (bool | Unset): Opt in to features before their general release.
        hide_ai_features (bool | Unset): Hide AI features from the organization.
        default_role (OrganizationUpdateDefaultRole | Unset): Role given to new members.
        open_membership (bool | Unset): Let members join any team freely.
        events_member_admin (bool | Unset): Let members delete events (grants them `event:admin`).
        alerts_member_write (bool | Unset): Let members create, edit and delete alert rules (grants them
            `alerts:write`).
        attachments_role (OrganizationUpdateAttachmentsRole | Unset): Role needed to download event attachments such as
            crash reports.
        debug_files_role (OrganizationUpdateDebugFilesRole | Unset): Role needed to download debug files, ProGuard
            mappings and source maps.
        has_granular_replay_permissions (bool | Unset): Limit access to session replays to `replayAccessMembers`.
        replay_access_members (list[int] | None | Unset): User IDs allowed to see replays when
            `hasGranularReplayPermissions` is on.
        avatar_type (OrganizationUpdateAvatarType | Unset): `letter_avatar` (initials) or `upload` (send the image in
            `avatar`).
        avatar (str | Unset): The avatar image, base64-encoded; required when `avatarType` is `upload`.
        require_2fa (bool | Unset): Require two-factor authentication of every member.
        allow_shared_issues (bool | Unset): Allow sharing limited issue details with anonymous users.
        enhanced_privacy (bool | Unset): Keep personal data and source code out of notifications.
        scrape_java_script (bool | Unset): Let Sentry fetch missing JavaScript source context.
        store_crash_reports (OrganizationUpdateStoreCrashReports | Unset): Native crash reports to keep per issue; `0`
            disables, `-1` keeps all.
        allow_join_requests (bool | Unset): Let people ask to join the organization.
        data_scrubber (bool | Unset): Enforce server-side data scrubbing for every project.
        data_scrubber_defaults (bool | Unset): Enforce the default scrubbers (passwords, credit cards, ...) for every
            project.
        sensitive_fields (list[str] | Unset): Extra field names to scrub in every project.
        safe_fields (list[str] | Unset): Field names the scrubbers must leave alone.
        scrub_ip_addresses (bool | Unset): Do not store IP addresses of new events in any project.
        relay_pii_config (str | Unset): Advanced data scrubbing rules as a JSON string; replaces the existing rules and
            applies to new events only.
        trusted_relays (list[OrganizationTrustedRelayInput] | Unset): The complete list of customer-run Relays trusted
            by the organization (replaces the
            existing list). Needs a plan with the relay feature.
        relay_dsn_endpoint (None | str | Unset): Relay base URL to show in client key DSNs instead of Sentry's.
        issue_alerts_thread_flag (bool | Unset): Let the Slack integration reply in threads for issue alerts.
        metric_alerts_thread_flag (bool | Unset): Let the Slack integration reply in threads for metric alerts.
        cancel_deletion (bool | Unset): `true` restores an organization that is pending deletion.
    """

    slug: str | Unset = UNSET
    name: str | Unset = UNSET
    is_early_adopter: bool | Unset = UNSET
    hide_ai_features: bool | Unset = UNSET
    default_role: OrganizationUpdateDefaultRole | Unset = UNSET
    open_membership: bool | Unset = UNSET
    events_member_admin: bool | Unset = UNSET
    alerts_member_write: bool | Unset = UNSET
    attachments_role: OrganizationUpdateAttachmentsRole | Unset = UNSET
    debug_files_role: OrganizationUpdateDebugFilesRole | Unset = UNSET
    has_granular_replay_permissions: bool | Unset = UNSET
    replay_access_members: list[int] | None | Unset = UNSET
    avatar_type: OrganizationUpdateAvatarType | Unset = UNSET
    avatar: str | Unset = UNSET
    require_2fa: bool | Unset = UNSET
    allow_shared_issues: bool | Unset = UNSET
    enhanced_privacy: bool | Unset = UNSET
    scrape_java_script: bool | Unset = UNSET
    store_crash_reports: OrganizationUpdateStoreCrashReports | Unset = UNSET
    allow_join_requests: bool | Unset = UNSET
    data_scrubber: bool | Unset = UNSET
    data_scrubber_defaults: bool | Unset = UNSET
    sensitive_fields: list[str] | Unset = UNSET
    safe_fields: list[str] | Unset = UNSET
    scrub_ip_addresses: bool | Unset = UNSET
    relay_pii_config: str | Unset = UNSET
    trusted_relays: list[OrganizationTrustedRelayInput] | Unset = UNSET
    relay_dsn_endpoint: None | str | Unset = UNSET
    issue_alerts_thread_flag: bool | Unset = UNSET
    metric_alerts_thread_flag: bool | Unset = UNSET
    cancel_deletion: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("slug", "slug", False, None),
        ("name", "name", False, None),
        ("is_early_adopter", "isEarlyAdopter", False, None),
        ("hide_ai_features", "hideAiFeatures", False, None),
        ("default_role", "defaultRole", False, None),
        ("open_membership", "openMembership", False, None),
        ("events_member_admin", "eventsMemberAdmin", False, None),
        ("alerts_member_write", "alertsMemberWrite", False, None),
        ("attachments_role", "attachmentsRole", False, None),
        ("debug_files_role", "debugFilesRole", False, None),
        (
            "has_granular_replay_permissions",
            "hasGranularReplayPermissions",
            False,
            None,
        ),
        ("replay_access_members", "replayAccessMembers", False, None),
        ("avatar_type", "avatarType", False, None),
        ("avatar", "avatar", False, None),
        ("require_2fa", "require2FA", False, None),
        ("allow_shared_issues", "allowSharedIssues", False, None),
        ("enhanced_privacy", "enhancedPrivacy", False, None),
        ("scrape_java_script", "scrapeJavaScript", False, None),
        ("store_crash_reports", "storeCrashReports", False, None),
        ("allow_join_requests", "allowJoinRequests", False, None),
        ("data_scrubber", "dataScrubber", False, None),
        ("data_scrubber_defaults", "dataScrubberDefaults", False, None),
        ("sensitive_fields", "sensitiveFields", False, None),
        ("safe_fields", "safeFields", False, None),
        ("scrub_ip_addresses", "scrubIPAddresses", False, None),
        ("relay_pii_config", "relayPiiConfig", False, None),
        (
            "trusted_relays",
            "trustedRelays",
            False,
            (
                "list",
                (
                    "model",
                    "organization_trusted_relay_input:OrganizationTrustedRelayInput",
                ),
            ),
        ),
        ("relay_dsn_endpoint", "relayDsnEndpoint", False, None),
        ("issue_alerts_thread_flag", "issueAlertsThreadFlag", False, None),
        ("metric_alerts_thread_flag", "metricAlertsThreadFlag", False, None),
        ("cancel_deletion", "cancelDeletion", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        is_early_adopter = self.is_early_adopter

        hide_ai_features = self.hide_ai_features

        default_role: str | Unset = UNSET
        if not isinstance(self.default_role, Unset):
            default_role = self.default_role

        open_membership = self.open_membership

        events_member_admin = self.events_member_admin

        alerts_member_write = self.alerts_member_write

        attachments_role: str | Unset = UNSET
        if not isinstance(self.attachments_role, Unset):
            attachments_role = self.attachments_role

        debug_files_role: str | Unset = UNSET
        if not isinstance(self.debug_files_role, Unset):
            debug_files_role = self.debug_files_role

        has_granular_replay_permissions = self.has_granular_replay_permissions

        replay_access_members: list[int] | None | Unset
        if isinstance(self.replay_access_members, Unset):
            replay_access_members = UNSET
        elif isinstance(self.replay_access_members, list):
            replay_access_members = self.replay_access_members

        else:
            replay_access_members = self.replay_access_members

        avatar_type: str | Unset = UNSET
        if not isinstance(self.avatar_type, Unset):
            avatar_type = self.avatar_type

        avatar = self.avatar

        require_2fa = self.require_2fa

        allow_shared_issues = self.allow_shared_issues

        enhanced_privacy = self.enhanced_privacy

        scrape_java_script = self.scrape_java_script

        store_crash_reports: int | Unset = UNSET
        if not isinstance(self.store_crash_reports, Unset):
            store_crash_reports = self.store_crash_reports

        allow_join_requests = self.allow_join_requests

        data_scrubber = self.data_scrubber

        data_scrubber_defaults = self.data_scrubber_defaults

        sensitive_fields: list[str] | Unset = UNSET
        if not isinstance(self.sensitive_fields, Unset):
            sensitive_fields = self.sensitive_fields

        safe_fields: list[str] | Unset = UNSET
        if not isinstance(self.safe_fields, Unset):
            safe_fields = self.safe_fields

        scrub_ip_addresses = self.scrub_ip_addresses

        relay_pii_config = self.relay_pii_config

        trusted_relays: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trusted_relays, Unset):
            trusted_relays = []
            for trusted_relays_item_data in self.trusted_relays:
                trusted_relays_item = trusted_relays_item_data.to_dict()
                trusted_relays.append(trusted_relays_item)

        relay_dsn_endpoint: None | str | Unset
        if isinstance(self.relay_dsn_endpoint, Unset):
            relay_dsn_endpoint = UNSET
        else:
            relay_dsn_endpoint = self.relay_dsn_endpoint

        issue_alerts_thread_flag = self.issue_alerts_thread_flag

        metric_alerts_thread_flag = self.metric_alerts_thread_flag

        cancel_deletion = self.cancel_deletion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if is_early_adopter is not UNSET:
            field_dict["isEarlyAdopter"] = is_early_adopter
        if hide_ai_features is not UNSET:
            field_dict["hideAiFeatures"] = hide_ai_features
        if default_role is not UNSET:
            field_dict["defaultRole"] = default_role
        if open_membership is not UNSET:
            field_dict["openMembership"] = open_membership
        if events_member_admin is not UNSET:
            field_dict["eventsMemberAdmin"] = events_member_admin
        if alerts_member_write is not UNSET:
            field_dict["alertsMemberWrite"] = alerts_member_write
        if attachments_role is not UNSET:
            field_dict["attachmentsRole"] = attachments_role
        if debug_files_role is not UNSET:
            field_dict["debugFilesRole"] = debug_files_role
        if has_granular_replay_permissions is not UNSET:
            field_dict["hasGranularReplayPermissions"] = has_granular_replay_permissions
        if replay_access_members is not UNSET:
            field_dict["replayAccessMembers"] = replay_access_members
        if avatar_type is not UNSET:
            field_dict["avatarType"] = avatar_type
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if require_2fa is not UNSET:
            field_dict["require2FA"] = require_2fa
        if allow_shared_issues is not UNSET:
            field_dict["allowSharedIssues"] = allow_shared_issues
        if enhanced_privacy is not UNSET:
            field_dict["enhancedPrivacy"] = enhanced_privacy
        if scrape_java_script is not UNSET:
            field_dict["scrapeJavaScript"] = scrape_java_script
        if store_crash_reports is not UNSET:
            field_dict["storeCrashReports"] = store_crash_reports
        if allow_join_requests is not UNSET:
            field_dict["allowJoinRequests"] = allow_join_requests
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
        if relay_pii_config is not UNSET:
            field_dict["relayPiiConfig"] = relay_pii_config
        if trusted_relays is not UNSET:
            field_dict["trustedRelays"] = trusted_relays
        if relay_dsn_endpoint is not UNSET:
            field_dict["relayDsnEndpoint"] = relay_dsn_endpoint
        if issue_alerts_thread_flag is not UNSET:
            field_dict["issueAlertsThreadFlag"] = issue_alerts_thread_flag
        if metric_alerts_thread_flag is not UNSET:
            field_dict["metricAlertsThreadFlag"] = metric_alerts_thread_flag
        if cancel_deletion is not UNSET:
            field_dict["cancelDeletion"] = cancel_deletion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_trusted_relay_input import (
            OrganizationTrustedRelayInput,
        )

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        is_early_adopter = d.pop("isEarlyAdopter", UNSET)

        hide_ai_features = d.pop("hideAiFeatures", UNSET)

        _default_role = d.pop("defaultRole", UNSET)
        default_role: OrganizationUpdateDefaultRole | Unset
        if isinstance(_default_role, Unset):
            default_role = UNSET
        else:
            default_role = check_organization_update_default_role(_default_role)

        open_membership = d.pop("openMembership", UNSET)

        events_member_admin = d.pop("eventsMemberAdmin", UNSET)

        alerts_member_write = d.pop("alertsMemberWrite", UNSET)

        _attachments_role = d.pop("attachmentsRole", UNSET)
        attachments_role: OrganizationUpdateAttachmentsRole | Unset
        if isinstance(_attachments_role, Unset):
            attachments_role = UNSET
        else:
            attachments_role = check_organization_update_attachments_role(_attachments_role)

        _debug_files_role = d.pop("debugFilesRole", UNSET)
        debug_files_role: OrganizationUpdateDebugFilesRole | Unset
        if isinstance(_debug_files_role, Unset):
            debug_files_role = UNSET
        else:
            debug_files_role = check_organization_update_debug_files_role(_debug_files_role)

        has_granular_replay_permissions = d.pop("hasGranularReplayPermissions", UNSET)

        def _parse_replay_access_members(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                replay_access_members_type_0 = cast(list[int], data)

                return replay_access_members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        replay_access_members = _parse_replay_access_members(d.pop("replayAccessMembers", UNSET))

        _avatar_type = d.pop("avatarType", UNSET)
        avatar_type: OrganizationUpdateAvatarType | Unset
        if isinstance(_avatar_type, Unset):
            avatar_type = UNSET
        else:
            avatar_type = check_organization_update_avatar_type(_avatar_type)

        avatar = d.pop("avatar", UNSET)

        require_2fa = d.pop("require2FA", UNSET)

        allow_shared_issues = d.pop("allowSharedIssues", UNSET)

        enhanced_privacy = d.pop("enhancedPrivacy", UNSET)

        scrape_java_script = d.pop("scrapeJavaScript", UNSET)

        _store_crash_reports = d.pop("storeCrashReports", UNSET)
        store_crash_reports: OrganizationUpdateStoreCrashReports | Unset
        if isinstance(_store_crash_reports, Unset):
            store_crash_reports = UNSET
        else:
            store_crash_reports = check_organization_update_store_crash_reports(
                _store_crash_reports
            )

        allow_join_requests = d.pop("allowJoinRequests", UNSET)

        data_scrubber = d.pop("dataScrubber", UNSET)

        data_scrubber_defaults = d.pop("dataScrubberDefaults", UNSET)

        sensitive_fields = cast(list[str], d.pop("sensitiveFields", UNSET))

        safe_fields = cast(list[str], d.pop("safeFields", UNSET))

        scrub_ip_addresses = d.pop("scrubIPAddresses", UNSET)

        relay_pii_config = d.pop("relayPiiConfig", UNSET)

        _trusted_relays = d.pop("trustedRelays", UNSET)
        trusted_relays: list[OrganizationTrustedRelayInput] | Unset = UNSET
        if _trusted_relays is not UNSET:
            trusted_relays = []
            for trusted_relays_item_data in _trusted_relays:
                trusted_relays_item = OrganizationTrustedRelayInput.from_dict(
                    trusted_relays_item_data
                )

                trusted_relays.append(trusted_relays_item)

        def _parse_relay_dsn_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relay_dsn_endpoint = _parse_relay_dsn_endpoint(d.pop("relayDsnEndpoint", UNSET))

        issue_alerts_thread_flag = d.pop("issueAlertsThreadFlag", UNSET)

        metric_alerts_thread_flag = d.pop("metricAlertsThreadFlag", UNSET)

        cancel_deletion = d.pop("cancelDeletion", UNSET)

        organization_update = cls(
            slug=slug,
            name=name,
            is_early_adopter=is_early_adopter,
            hide_ai_features=hide_ai_features,
            default_role=default_role,
            open_membership=open_membership,
            events_member_admin=events_member_admin,
            alerts_member_write=alerts_member_write,
            attachments_role=attachments_role,
            debug_files_role=debug_files_role,
            has_granular_replay_permissions=has_granular_replay_permissions,
            replay_access_members=replay_access_members,
            avatar_type=avatar_type,
            avatar=avatar,
            require_2fa=require_2fa,
            allow_shared_issues=allow_shared_issues,
            enhanced_privacy=enhanced_privacy,
            scrape_java_script=scrape_java_script,
            store_crash_reports=store_crash_reports,
            allow_join_requests=allow_join_requests,
            data_scrubber=data_scrubber,
            data_scrubber_defaults=data_scrubber_defaults,
            sensitive_fields=sensitive_fields,
            safe_fields=safe_fields,
            scrub_ip_addresses=scrub_ip_addresses,
            relay_pii_config=relay_pii_config,
            trusted_relays=trusted_relays,
            relay_dsn_endpoint=relay_dsn_endpoint,
            issue_alerts_thread_flag=issue_alerts_thread_flag,
            metric_alerts_thread_flag=metric_alerts_thread_flag,
            cancel_deletion=cancel_deletion,
        )

        organization_update.additional_properties = d
        return organization_update

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
