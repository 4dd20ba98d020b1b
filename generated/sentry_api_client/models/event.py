from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_breakdowns_type_0 import EventBreakdownsType0
    from ..models.event_context_type_0 import EventContextType0
    from ..models.event_contexts_type_0 import EventContextsType0
    from ..models.event_crash_file_type_0 import EventCrashFileType0
    from ..models.event_entry import EventEntry
    from ..models.event_formatted import EventFormatted
    from ..models.event_grouping_config import EventGroupingConfig
    from ..models.event_measurements_type_0 import EventMeasurementsType0
    from ..models.event_meta import EventMeta
    from ..models.event_metadata import EventMetadata
    from ..models.event_occurrence_type_0 import EventOccurrenceType0
    from ..models.event_packages_type_0 import EventPackagesType0
    from ..models.event_processing_error import EventProcessingError
    from ..models.event_release import EventRelease
    from ..models.event_sdk import EventSdk
    from ..models.event_sdk_updates_item import EventSdkUpdatesItem
    from ..models.event_tag import EventTag
    from ..models.event_user_context import EventUserContext
    from ..models.event_user_report_type_0 import EventUserReportType0


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """A full event: the SDK's payload as Sentry stored and normalized it. The shapes of
    `entries` and `contexts` depend on the platform and SDK and are left open here.

        Attributes:
            id (str): The event ID.
            event_id (str): The event ID (32 hexadecimal characters).
            group_id (None | str): The ID of the issue the event belongs to.
            project_id (str):
            title (str):
            message (None | str): The event's formatted log message, if any.
            location (None | str): Where the event happened, e.g. a file name.
            platform (None | str):
            type_ (str): The event type, e.g. `error`, `default`, `transaction`, `generic`.
            date_received (datetime.datetime | None): When Sentry received the event.
            user (EventUserContext | None): The user the event was captured for, or `null`.
            tags (list[EventTag]):
            entries (list[EventEntry]): The event's interfaces, most important first: `exception`, `message`, `stacktrace`,
                `threads`, `breadcrumbs`, `request`, `spans`, `debugmeta`, ...
            contexts (EventContextsType0 | None): Structured contexts keyed by name (`browser`, `os`, `runtime`, `trace`,
                ...).
            context (EventContextType0 | None): The event's `extra` data.
            sdk (EventSdk | None): The SDK that sent the event.
            packages (EventPackagesType0 | None): Loaded modules and their versions.
            metadata (EventMetadata): Type-dependent summary (`type`, `value`, `filename`, `function`, `title`, ...).
            errors (list[EventProcessingError]): Problems Sentry met while processing the event.
            size (int | None): Size of the stored payload in bytes.
            dist (None | str): The distribution (build variant) of the release.
            culprit (None | str | Unset):
            date_created (datetime.datetime | Unset): When the event happened (the SDK's timestamp; error events).
            occurrence (EventOccurrenceType0 | None | Unset): For non-error issues (performance, cron, ...), the detected
                occurrence.
            field_meta (EventMeta | Unset): Data-scrubbing and trimming annotations, keyed like the fields above.
            crash_file (EventCrashFileType0 | None | str | Unset): For native crashes, the attached minidump (an attachment
                object); otherwise `null`.
            fingerprints (list[str] | Unset): The grouping hashes computed for the event.
            grouping_config (EventGroupingConfig | None | Unset):
            start_timestamp (float | Unset): Transaction events only; start time as a Unix timestamp.
            end_timestamp (float | Unset): Transaction events only; end time as a Unix timestamp.
            measurements (EventMeasurementsType0 | None | Unset): Transaction measurements (web vitals, ...), each `{value,
                unit}`.
            breakdowns (EventBreakdownsType0 | None | Unset):
            release (EventRelease | None | Unset): The release the event was captured in, or `null`.
            user_report (EventUserReportType0 | None | Unset): User feedback attached to the event.
            sdk_updates (list[EventSdkUpdatesItem] | Unset): Suggested SDK upgrades or integrations.
            resolved_with (list[None | str] | Unset): How in-place lookups resolved the event (e.g. `latest`); entries may
                be null.
            next_event_id (None | str | Unset): The next event of the same issue, if any.
            previous_event_id (None | str | Unset): The previous event of the same issue, if any.
            formatted (EventFormatted | Unset): The event rendered as text (with `llmFormat`).
    """

    id: str
    event_id: str
    group_id: None | str
    project_id: str
    title: str
    message: None | str
    location: None | str
    platform: None | str
    type_: str
    date_received: datetime.datetime | None
    user: EventUserContext | None
    tags: list[EventTag]
    entries: list[EventEntry]
    contexts: EventContextsType0 | None
    context: EventContextType0 | None
    sdk: EventSdk | None
    packages: EventPackagesType0 | None
    metadata: EventMetadata
    errors: list[EventProcessingError]
    size: int | None
    dist: None | str
    culprit: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    occurrence: EventOccurrenceType0 | None | Unset = UNSET
    field_meta: EventMeta | Unset = UNSET
    crash_file: EventCrashFileType0 | None | str | Unset = UNSET
    fingerprints: list[str] | Unset = UNSET
    grouping_config: EventGroupingConfig | None | Unset = UNSET
    start_timestamp: float | Unset = UNSET
    end_timestamp: float | Unset = UNSET
    measurements: EventMeasurementsType0 | None | Unset = UNSET
    breakdowns: EventBreakdownsType0 | None | Unset = UNSET
    release: EventRelease | None | Unset = UNSET
    user_report: EventUserReportType0 | None | Unset = UNSET
    sdk_updates: list[EventSdkUpdatesItem] | Unset = UNSET
    resolved_with: list[None | str] | Unset = UNSET
    next_event_id: None | str | Unset = UNSET
    previous_event_id: None | str | Unset = UNSET
    formatted: EventFormatted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("event_id", "eventID", True, None),
        ("group_id", "groupID", True, None),
        ("project_id", "projectID", True, None),
        ("title", "title", True, None),
        ("message", "message", True, None),
        ("location", "location", True, None),
        ("platform", "platform", True, None),
        ("type_", "type", True, None),
        (
            "date_received",
            "dateReceived",
            True,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        (
            "user",
            "user",
            True,
            (
                "union",
                (
                    ("model", "event_user_context:EventUserContext"),
                    None,
                ),
            ),
        ),
        ("tags", "tags", True, ("list", ("model", "event_tag:EventTag"))),
        ("entries", "entries", True, ("list", ("model", "event_entry:EventEntry"))),
        (
            "contexts",
            "contexts",
            True,
            (
                "union",
                (
                    ("model", "event_contexts_type_0:EventContextsType0"),
                    None,
                ),
            ),
        ),
        (
            "context",
            "context",
            True,
            (
                "union",
                (
                    ("model", "event_context_type_0:EventContextType0"),
                    None,
                ),
            ),
        ),
        (
            "sdk",
            "sdk",
            True,
            (
                "union",
                (
                    ("model", "event_sdk:EventSdk"),
                    None,
                ),
            ),
        ),
        (
            "packages",
            "packages",
            True,
            (
                "union",
                (
                    ("model", "event_packages_type_0:EventPackagesType0"),
                    None,
                ),
            ),
        ),
        ("metadata", "metadata", True, ("model", "event_metadata:EventMetadata")),
        (
            "errors",
            "errors",
            True,
            ("list", ("model", "event_processing_error:EventProcessingError")),
        ),
        ("size", "size", True, None),
        ("dist", "dist", True, None),
        ("culprit", "culprit", False, None),
        ("date_created", "dateCreated", False, "datetime"),
        (
            "occurrence",
            "occurrence",
            False,
            (
                "union",
                (
                    ("model", "event_occurrence_type_0:EventOccurrenceType0"),
                    None,
                ),
            ),
        ),
        ("field_meta", "_meta", False, ("model", "event_meta:EventMeta")),
        (
            "crash_file",
            "crashFile",
            False,
            (
                "union",
                (
                    ("model", "event_crash_file_type_0:EventCrashFileType0"),
                    None,
                    None,
                ),
            ),
        ),
        ("fingerprints", "fingerprints", False, None),
        (
            "grouping_config",
            "groupingConfig",
            False,
            (
                "union",
                (
                    ("model", "event_grouping_config:EventGroupingConfig"),
                    None,
                ),
            ),
        ),
        ("start_timestamp", "startTimestamp", False, None),
        ("end_timestamp", "endTimestamp", False, None),
        (
            "measurements",
            "measurements",
            False,
            (
                "union",
                (
                    ("model", "event_measurements_type_0:EventMeasurementsType0"),
                    None,
                ),
            ),
        ),
        (
            "breakdowns",
            "breakdowns",
            False,
            (
                "union",
                (
                    ("model", "event_breakdowns_type_0:EventBreakdownsType0"),
                    None,
                ),
            ),
        ),
        (
            "release",
            "release",
            False,
            (
                "union",
                (
                    ("model", "event_release:EventRelease"),
                    None,
                ),
            ),
        ),
        (
            "user_report",
            "userReport",
            False,
            (
                "union",
                (
                    ("model", "event_user_report_type_0:EventUserReportType0"),
                    None,
                ),
            ),
        ),
        (
            "sdk_updates",
            "sdkUpdates",
            False,
            ("list", ("model", "event_sdk_updates_item:EventSdkUpdatesItem")),
        ),
        ("resolved_with", "resolvedWith", False, None),
        ("next_event_id", "nextEventID", False, None),
        ("previous_event_id", "previousEventID", False, None),
        ("formatted", "formatted", False, ("model", "event_formatted:EventFormatted")),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_breakdowns_type_0 import EventBreakdownsType0
        from ..models.event_context_type_0 import EventContextType0
        from ..models.event_contexts_type_0 import EventContextsType0
        from ..models.event_crash_file_type_0 import EventCrashFileType0
        from ..models.event_grouping_config import EventGroupingConfig
        from ..models.event_measurements_type_0 import EventMeasurementsType0
        from ..models.event_occurrence_type_0 import EventOccurrenceType0
        from ..models.event_packages_type_0 import EventPackagesType0
        from ..models.event_release import EventRelease
        from ..models.event_sdk import EventSdk
        from ..models.event_user_context import EventUserContext
        from ..models.event_user_report_type_0 import EventUserReportType0

        id = self.id

        event_id = self.event_id

        group_id: None | str
        group_id = self.group_id

        project_id = self.project_id

        title = self.title

        message: None | str
        message = self.message

        location: None | str
        location = self.location

        platform: None | str
        platform = self.platform

        type_ = self.type_

        date_received: None | str
        if isinstance(self.date_received, datetime.datetime):
            date_received = self.date_received.isoformat()
        else:
            date_received = self.date_received

        user: dict[str, Any] | None
        if isinstance(self.user, EventUserContext):
            user = self.user.to_dict()
        else:
            user = self.user

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        contexts: dict[str, Any] | None
        if isinstance(self.contexts, EventContextsType0):
            contexts = self.contexts.to_dict()
        else:
            contexts = self.contexts

        context: dict[str, Any] | None
        if isinstance(self.context, EventContextType0):
            context = self.context.to_dict()
        else:
            context = self.context

        sdk: dict[str, Any] | None
        if isinstance(self.sdk, EventSdk):
            sdk = self.sdk.to_dict()
        else:
            sdk = self.sdk

        packages: dict[str, Any] | None
        if isinstance(self.packages, EventPackagesType0):
            packages = self.packages.to_dict()
        else:
            packages = self.packages

        metadata = self.metadata.to_dict()

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        size: int | None
        size = self.size

        dist: None | str
        dist = self.dist

        culprit: None | str | Unset
        if isinstance(self.culprit, Unset):
            culprit = UNSET
        else:
            culprit = self.culprit

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        occurrence: dict[str, Any] | None | Unset
        if isinstance(self.occurrence, Unset):
            occurrence = UNSET
        elif isinstance(self.occurrence, EventOccurrenceType0):
            occurrence = self.occurrence.to_dict()
        else:
            occurrence = self.occurrence

        field_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_meta, Unset):
            field_meta = self.field_meta.to_dict()

        crash_file: dict[str, Any] | None | str | Unset
        if isinstance(self.crash_file, Unset):
            crash_file = UNSET
        elif isinstance(self.crash_file, EventCrashFileType0):
            crash_file = self.crash_file.to_dict()
        else:
            crash_file = self.crash_file

        fingerprints: list[str] | Unset = UNSET
        if not isinstance(self.fingerprints, Unset):
            fingerprints = self.fingerprints

        grouping_config: dict[str, Any] | None | Unset
        if isinstance(self.grouping_config, Unset):
            grouping_config = UNSET
        elif isinstance(self.grouping_config, EventGroupingConfig):
            grouping_config = self.grouping_config.to_dict()
        else:
            grouping_config = self.grouping_config

        start_timestamp = self.start_timestamp

        end_timestamp = self.end_timestamp

        measurements: dict[str, Any] | None | Unset
        if isinstance(self.measurements, Unset):
            measurements = UNSET
        elif isinstance(self.measurements, EventMeasurementsType0):
            measurements = self.measurements.to_dict()
        else:
            measurements = self.measurements

        breakdowns: dict[str, Any] | None | Unset
        if isinstance(self.breakdowns, Unset):
            breakdowns = UNSET
        elif isinstance(self.breakdowns, EventBreakdownsType0):
            breakdowns = self.breakdowns.to_dict()
        else:
            breakdowns = self.breakdowns

        release: dict[str, Any] | None | Unset
        if isinstance(self.release, Unset):
            release = UNSET
        elif isinstance(self.release, EventRelease):
            release = self.release.to_dict()
        else:
            release = self.release

        user_report: dict[str, Any] | None | Unset
        if isinstance(self.user_report, Unset):
            user_report = UNSET
        elif isinstance(self.user_report, EventUserReportType0):
            user_report = self.user_report.to_dict()
        else:
            user_report = self.user_report

        sdk_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sdk_updates, Unset):
            sdk_updates = []
            for sdk_updates_item_data in self.sdk_updates:
                sdk_updates_item = sdk_updates_item_data.to_dict()
                sdk_updates.append(sdk_updates_item)

        resolved_with: list[None | str] | Unset = UNSET
        if not isinstance(self.resolved_with, Unset):
            resolved_with = []
            for resolved_with_item_data in self.resolved_with:
                resolved_with_item: None | str
                resolved_with_item = resolved_with_item_data
                resolved_with.append(resolved_with_item)

        next_event_id: None | str | Unset
        if isinstance(self.next_event_id, Unset):
            next_event_id = UNSET
        else:
            next_event_id = self.next_event_id

        previous_event_id: None | str | Unset
        if isinstance(self.previous_event_id, Unset):
            previous_event_id = UNSET
        else:
            previous_event_id = self.previous_event_id

        formatted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formatted, Unset):
            formatted = self.formatted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eventID": event_id,
                "groupID": group_id,
                "projectID": project_id,
                "title": title,
                "message": message,
                "location": location,
                "platform": platform,
                "type": type_,
                "dateReceived": date_received,
                "user": user,
                "tags": tags,
                "entries": entries,
                "contexts": contexts,
                "context": context,
                "sdk": sdk,
                "packages": packages,
                "metadata": metadata,
                "errors": errors,
                "size": size,
                "dist": dist,
            }
        )
        if culprit is not UNSET:
            field_dict["culprit"] = culprit
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if occurrence is not UNSET:
            field_dict["occurrence"] = occurrence
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if crash_file is not UNSET:
            field_dict["crashFile"] = crash_file
        if fingerprints is not UNSET:
            field_dict["fingerprints"] = fingerprints
        if grouping_config is not UNSET:
            field_dict["groupingConfig"] = grouping_config
        if start_timestamp is not UNSET:
            field_dict["startTimestamp"] = start_timestamp
        if end_timestamp is not UNSET:
            field_dict["endTimestamp"] = end_timestamp
        if measurements is not UNSET:
            field_dict["measurements"] = measurements
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns
        if release is not UNSET:
            field_dict["release"] = release
        if user_report is not UNSET:
            field_dict["userReport"] = user_report
        if sdk_updates is not UNSET:
            field_dict["sdkUpdates"] = sdk_updates
        if resolved_with is not UNSET:
            field_dict["resolvedWith"] = resolved_with
        if next_event_id is not UNSET:
            field_dict["nextEventID"] = next_event_id
        if previous_event_id is not UNSET:
            field_dict["previousEventID"] = previous_event_id
        if formatted is not UNSET:
            field_dict["formatted"] = formatted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_breakdowns_type_0 import EventBreakdownsType0
        from ..models.event_context_type_0 import EventContextType0
        from ..models.event_contexts_type_0 import EventContextsType0
        from ..models.event_crash_file_type_0 import EventCrashFileType0
        from ..models.event_entry import EventEntry
        from ..models.event_formatted import EventFormatted
        from ..models.event_grouping_config import EventGroupingConfig
        from ..models.event_measurements_type_0 import EventMeasurementsType0
        from ..models.event_meta import EventMeta
        from ..models.event_metadata import EventMetadata
        from ..models.event_occurrence_type_0 import EventOccurrenceType0
        from ..models.event_packages_type_0 import EventPackagesType0
        from ..models.event_processing_error import EventProcessingError
        from ..models.event_release import EventRelease
        from ..models.event_sdk import EventSdk
        from ..models.event_sdk_updates_item import EventSdkUpdatesItem
        from ..models.event_tag import EventTag
        from ..models.event_user_context import EventUserContext
        from ..models.event_user_report_type_0 import EventUserReportType0

        d = dict(src_dict)
        id = d.pop("id")

        event_id = d.pop("eventID")

        def _parse_group_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_id = _parse_group_id(d.pop("groupID"))

        project_id = d.pop("projectID")

        title = d.pop("title")

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        platform = _parse_platform(d.pop("platform"))

        type_ = d.pop("type")

        def _parse_date_received(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_received_type_0 = parse_datetime(data)

                return date_received_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_received = _parse_date_received(d.pop("dateReceived"))

        def _parse_user(data: object) -> EventUserContext | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = EventUserContext.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventUserContext | None, data)

        user = _parse_user(d.pop("user"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = EventTag.from_dict(tags_item_data)

            tags.append(tags_item)

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = EventEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        def _parse_contexts(data: object) -> EventContextsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contexts_type_0 = EventContextsType0.from_dict(data)

                return contexts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventContextsType0 | None, data)

        contexts = _parse_contexts(d.pop("contexts"))

        def _parse_context(data: object) -> EventContextType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = EventContextType0.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventContextType0 | None, data)

        context = _parse_context(d.pop("context"))

        def _parse_sdk(data: object) -> EventSdk | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sdk_type_0 = EventSdk.from_dict(data)

                return sdk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSdk | None, data)

        sdk = _parse_sdk(d.pop("sdk"))

        def _parse_packages(data: object) -> EventPackagesType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                packages_type_0 = EventPackagesType0.from_dict(data)

                return packages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventPackagesType0 | None, data)

        packages = _parse_packages(d.pop("packages"))

        metadata = EventMetadata.from_dict(d.pop("metadata"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = EventProcessingError.from_dict(errors_item_data)

            errors.append(errors_item)

        def _parse_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size = _parse_size(d.pop("size"))

        def _parse_dist(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dist = _parse_dist(d.pop("dist"))

        def _parse_culprit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        culprit = _parse_culprit(d.pop("culprit", UNSET))

        _date_created = d.pop("dateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        def _parse_occurrence(data: object) -> EventOccurrenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                occurrence_type_0 = EventOccurrenceType0.from_dict(data)

                return occurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventOccurrenceType0 | None | Unset, data)

        occurrence = _parse_occurrence(d.pop("occurrence", UNSET))

        _field_meta = d.pop("_meta", UNSET)
        field_meta: EventMeta | Unset
        if isinstance(_field_meta, Unset):
            field_meta = UNSET
        else:
            field_meta = EventMeta.from_dict(_field_meta)

        def _parse_crash_file(data: object) -> EventCrashFileType0 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_crash_file_type_0 = EventCrashFileType0.from_dict(data)

                return componentsschemas_event_crash_file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventCrashFileType0 | None | str | Unset, data)

        crash_file = _parse_crash_file(d.pop("crashFile", UNSET))

        fingerprints = cast(list[str], d.pop("fingerprints", UNSET))

        def _parse_grouping_config(data: object) -> EventGroupingConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grouping_config_type_0 = EventGroupingConfig.from_dict(data)

                return grouping_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventGroupingConfig | None | Unset, data)

        grouping_config = _parse_grouping_config(d.pop("groupingConfig", UNSET))

        start_timestamp = d.pop("startTimestamp", UNSET)

        end_timestamp = d.pop("endTimestamp", UNSET)

        def _parse_measurements(data: object) -> EventMeasurementsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                measurements_type_0 = EventMeasurementsType0.from_dict(data)

                return measurements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventMeasurementsType0 | None | Unset, data)

        measurements = _parse_measurements(d.pop("measurements", UNSET))

        def _parse_breakdowns(data: object) -> EventBreakdownsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breakdowns_type_0 = EventBreakdownsType0.from_dict(data)

                return breakdowns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventBreakdownsType0 | None | Unset, data)

        breakdowns = _parse_breakdowns(d.pop("breakdowns", UNSET))

        def _parse_release(data: object) -> EventRelease | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                release_type_0 = EventRelease.from_dict(data)

                return release_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventRelease | None | Unset, data)

        release = _parse_release(d.pop("release", UNSET))

        def _parse_user_report(data: object) -> EventUserReportType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_report_type_0 = EventUserReportType0.from_dict(data)

                return user_report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventUserReportType0 | None | Unset, data)

        user_report = _parse_user_report(d.pop("userReport", UNSET))

        _sdk_updates = d.pop("sdkUpdates", UNSET)
        sdk_updates: list[EventSdkUpdatesItem] | Unset = UNSET
        if _sdk_updates is not UNSET:
            sdk_updates = []
            for sdk_updates_item_data in _sdk_updates:
                sdk_updates_item = EventSdkUpdatesItem.from_dict(sdk_updates_item_data)

                sdk_updates.append(sdk_updates_item)

        _resolved_with = d.pop("resolvedWith", UNSET)
        resolved_with: list[None | str] | Unset = UNSET
        if _resolved_with is not UNSET:
            resolved_with = []
            for resolved_with_item_data in _resolved_with:

                def _parse_resolved_with_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                resolved_with_item = _parse_resolved_with_item(resolved_with_item_data)

                resolved_with.append(resolved_with_item)

        def _parse_next_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_event_id = _parse_next_event_id(d.pop("nextEventID", UNSET))

        def _parse_previous_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_event_id = _parse_previous_event_id(d.pop("previousEventID", UNSET))

        _formatted = d.pop("formatted", UNSET)
        formatted: EventFormatted | Unset
        if isinstance(_formatted, Unset):
            formatted = UNSET
        else:
            formatted = EventFormatted.from_dict(_formatted)

        event = cls(
            id=id,
            event_id=event_id,
            group_id=group_id,
            project_id=project_id,
            title=title,
            message=message,
            location=location,
            platform=platform,
            type_=type_,
            date_received=date_received,
            user=user,
            tags=tags,
            entries=entries,
            contexts=contexts,
            context=context,
            sdk=sdk,
            packages=packages,
            metadata=metadata,
            errors=errors,
            size=size,
            dist=dist,
            culprit=culprit,
            date_created=date_created,
            occurrence=occurrence,
            field_meta=field_meta,
            crash_file=crash_file,
            fingerprints=fingerprints,
            grouping_config=grouping_config,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            measurements=measurements,
            breakdowns=breakdowns,
            release=release,
            user_report=user_report,
            sdk_updates=sdk_updates,
            resolved_with=resolved_with,
            next_event_id=next_event_id,
            previous_event_id=previous_event_id,
            formatted=formatted,
        )

        event.additional_properties = d
        return event

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
