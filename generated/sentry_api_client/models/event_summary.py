from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_crash_file_type_0 import EventCrashFileType0
    from ..models.event_entry import EventEntry
    from ..models.event_grouping_config import EventGroupingConfig
    from ..models.event_processing_error import EventProcessingError
    from ..models.event_sdk import EventSdk
    from ..models.event_summary_context_type_0 import EventSummaryContextType0
    from ..models.event_summary_contexts_type_0 import EventSummaryContextsType0
    from ..models.event_summary_meta import EventSummaryMeta
    from ..models.event_summary_metadata import EventSummaryMetadata
    from ..models.event_summary_occurrence_type_0 import EventSummaryOccurrenceType0
    from ..models.event_summary_packages_type_0 import EventSummaryPackagesType0
    from ..models.event_tag import EventTag
    from ..models.event_user_context import EventUserContext


T = TypeVar("T", bound="EventSummary")


@_attrs_define
class EventSummary:
    """An event in a list. By default a short summary (the fields up to `metadata` below).
    With `full=true` every item additionally carries the full event body — `entries`,
    `contexts`, `sdk`, `context`, `packages`, `type`, `errors`, `dateReceived`, `size`,
    `dist`, `_meta`, `fingerprints`, `groupingConfig`, ... as in `Event` — and then has
    `type` instead of `event.type`.

        Attributes:
            id (str): The event ID.
            group_id (None | str): The ID of the issue the event belongs to.
            event_id (str): The event ID (32 hexadecimal characters).
            message (None | str): The event's log message, if any.
            title (str):
            user (EventUserContext | None): The user the event was captured for, or `null`.
            tags (list[EventTag]):
            platform (None | str):
            event_type (str | Unset): The event type, e.g. `error`, `default`, `transaction` (summaries only).
            project_id (str | Unset):
            location (None | str | Unset): Where the event happened, e.g. a file name.
            culprit (None | str | Unset):
            date_created (datetime.datetime | Unset): When the event happened (the SDK's timestamp).
            crash_file (EventCrashFileType0 | None | str | Unset): For native crashes, the attached minidump (an attachment
                object); otherwise `null`.
            metadata (EventSummaryMetadata | Unset):
            type_ (str | Unset): The event type (full bodies only).
            entries (list[EventEntry] | Unset):
            contexts (EventSummaryContextsType0 | None | Unset):
            sdk (EventSdk | None | Unset):
            context (EventSummaryContextType0 | None | Unset):
            packages (EventSummaryPackagesType0 | None | Unset):
            errors (list[EventProcessingError] | Unset):
            date_received (datetime.datetime | None | Unset):
            size (int | None | Unset):
            dist (None | str | Unset):
            occurrence (EventSummaryOccurrenceType0 | None | Unset):
            field_meta (EventSummaryMeta | Unset):
            fingerprints (list[str] | Unset):
            grouping_config (EventGroupingConfig | None | Unset):
    """

    id: str
    group_id: None | str
    event_id: str
    message: None | str
    title: str
    user: EventUserContext | None
    tags: list[EventTag]
    platform: None | str
    event_type: str | Unset = UNSET
    project_id: str | Unset = UNSET
    location: None | str | Unset = UNSET
    culprit: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    crash_file: EventCrashFileType0 | None | str | Unset = UNSET
    metadata: EventSummaryMetadata | Unset = UNSET
    type_: str | Unset = UNSET
    entries: list[EventEntry] | Unset = UNSET
    contexts: EventSummaryContextsType0 | None | Unset = UNSET
    sdk: EventSdk | None | Unset = UNSET
    context: EventSummaryContextType0 | None | Unset = UNSET
    packages: EventSummaryPackagesType0 | None | Unset = UNSET
    errors: list[EventProcessingError] | Unset = UNSET
    date_received: datetime.datetime | None | Unset = UNSET
    size: int | None | Unset = UNSET
    dist: None | str | Unset = UNSET
    occurrence: EventSummaryOccurrenceType0 | None | Unset = UNSET
    field_meta: EventSummaryMeta | Unset = UNSET
    fingerprints: list[str] | Unset = UNSET
    grouping_config: EventGroupingConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("group_id", "groupID", True, None),
        ("event_id", "eventID", True, None),
        ("message", "message", True, None),
        ("title", "title", True, None),
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
        ("platform", "platform", True, None),
        ("event_type", "event.type", False, None),
        ("project_id", "projectID", False, None),
        ("location", "location", False, None),
        ("culprit", "culprit", False, None),
        ("date_created", "dateCreated", False, "datetime"),
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
        (
            "metadata",
            "metadata",
            False,
            ("model", "event_summary_metadata:EventSummaryMetadata"),
        ),
        ("type_", "type", False, None),
        ("entries", "entries", False, ("list", ("model", "event_entry:EventEntry"))),
        (
            "contexts",
            "contexts",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "event_summary_contexts_type_0:EventSummaryContextsType0",
                    ),
                    None,
                ),
            ),
        ),
        (
            "sdk",
            "sdk",
            False,
            (
                "union",
                (
                    ("model", "event_sdk:EventSdk"),
                    None,
                ),
            ),
        ),
        (
            "context",
            "context",
            False,
            (
                "union",
                (
                    ("model", "event_summary_context_type_0:EventSummaryContextType0"),
                    None,
                ),
            ),
        ),
        (
            "packages",
            "packages",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "event_summary_packages_type_0:EventSummaryPackagesType0",
                    ),
                    None,
                ),
            ),
        ),
        (
            "errors",
            "errors",
            False,
            ("list", ("model", "event_processing_error:EventProcessingError")),
        ),
        (
            "date_received",
            "dateReceived",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("size", "size", False, None),
        ("dist", "dist", False, None),
        (
            "occurrence",
            "occurrence",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "event_summary_occurrence_type_0:EventSummaryOccurrenceType0",
                    ),
                    None,
                ),
            ),
        ),
        (
            "field_meta",
            "_meta",
            False,
            ("model", "event_summary_meta:EventSummaryMeta"),
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
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_crash_file_type_0 import EventCrashFileType0
        from ..models.event_grouping_config import EventGroupingConfig
        from ..models.event_sdk import EventSdk
        from ..models.event_summary_context_type_0 import EventSummaryContextType0
        from ..models.event_summary_contexts_type_0 import EventSummaryContextsType0
        from ..models.event_summary_occurrence_type_0 import EventSummaryOccurrenceType0
        from ..models.event_summary_packages_type_0 import EventSummaryPackagesType0
        from ..models.event_user_context import EventUserContext

        id = self.id

        group_id: None | str
        group_id = self.group_id

        event_id = self.event_id

        message: None | str
        message = self.message

        title = self.title

        user: dict[str, Any] | None
        if isinstance(self.user, EventUserContext):
            user = self.user.to_dict()
        else:
            user = self.user

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        platform: None | str
        platform = self.platform

        event_type = self.event_type

        project_id = self.project_id

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        culprit: None | str | Unset
        if isinstance(self.culprit, Unset):
            culprit = UNSET
        else:
            culprit = self.culprit

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        crash_file: dict[str, Any] | None | str | Unset
        if isinstance(self.crash_file, Unset):
            crash_file = UNSET
        elif isinstance(self.crash_file, EventCrashFileType0):
            crash_file = self.crash_file.to_dict()
        else:
            crash_file = self.crash_file

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        type_ = self.type_

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        contexts: dict[str, Any] | None | Unset
        if isinstance(self.contexts, Unset):
            contexts = UNSET
        elif isinstance(self.contexts, EventSummaryContextsType0):
            contexts = self.contexts.to_dict()
        else:
            contexts = self.contexts

        sdk: dict[str, Any] | None | Unset
        if isinstance(self.sdk, Unset):
            sdk = UNSET
        elif isinstance(self.sdk, EventSdk):
            sdk = self.sdk.to_dict()
        else:
            sdk = self.sdk

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, EventSummaryContextType0):
            context = self.context.to_dict()
        else:
            context = self.context

        packages: dict[str, Any] | None | Unset
        if isinstance(self.packages, Unset):
            packages = UNSET
        elif isinstance(self.packages, EventSummaryPackagesType0):
            packages = self.packages.to_dict()
        else:
            packages = self.packages

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        date_received: None | str | Unset
        if isinstance(self.date_received, Unset):
            date_received = UNSET
        elif isinstance(self.date_received, datetime.datetime):
            date_received = self.date_received.isoformat()
        else:
            date_received = self.date_received

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        dist: None | str | Unset
        if isinstance(self.dist, Unset):
            dist = UNSET
        else:
            dist = self.dist

        occurrence: dict[str, Any] | None | Unset
        if isinstance(self.occurrence, Unset):
            occurrence = UNSET
        elif isinstance(self.occurrence, EventSummaryOccurrenceType0):
            occurrence = self.occurrence.to_dict()
        else:
            occurrence = self.occurrence

        field_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_meta, Unset):
            field_meta = self.field_meta.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "groupID": group_id,
                "eventID": event_id,
                "message": message,
                "title": title,
                "user": user,
                "tags": tags,
                "platform": platform,
            }
        )
        if event_type is not UNSET:
            field_dict["event.type"] = event_type
        if project_id is not UNSET:
            field_dict["projectID"] = project_id
        if location is not UNSET:
            field_dict["location"] = location
        if culprit is not UNSET:
            field_dict["culprit"] = culprit
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if crash_file is not UNSET:
            field_dict["crashFile"] = crash_file
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if type_ is not UNSET:
            field_dict["type"] = type_
        if entries is not UNSET:
            field_dict["entries"] = entries
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        if sdk is not UNSET:
            field_dict["sdk"] = sdk
        if context is not UNSET:
            field_dict["context"] = context
        if packages is not UNSET:
            field_dict["packages"] = packages
        if errors is not UNSET:
            field_dict["errors"] = errors
        if date_received is not UNSET:
            field_dict["dateReceived"] = date_received
        if size is not UNSET:
            field_dict["size"] = size
        if dist is not UNSET:
            field_dict["dist"] = dist
        if occurrence is not UNSET:
            field_dict["occurrence"] = occurrence
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if fingerprints is not UNSET:
            field_dict["fingerprints"] = fingerprints
        if grouping_config is not UNSET:
            field_dict["groupingConfig"] = grouping_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_crash_file_type_0 import EventCrashFileType0
        from ..models.event_entry import EventEntry
        from ..models.event_grouping_config import EventGroupingConfig
        from ..models.event_processing_error import EventProcessingError
        from ..models.event_sdk import EventSdk
        from ..models.event_summary_context_type_0 import EventSummaryContextType0
        from ..models.event_summary_contexts_type_0 import EventSummaryContextsType0
        from ..models.event_summary_meta import EventSummaryMeta
        from ..models.event_summary_metadata import EventSummaryMetadata
        from ..models.event_summary_occurrence_type_0 import EventSummaryOccurrenceType0
        from ..models.event_summary_packages_type_0 import EventSummaryPackagesType0
        from ..models.event_tag import EventTag
        from ..models.event_user_context import EventUserContext

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_group_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_id = _parse_group_id(d.pop("groupID"))

        event_id = d.pop("eventID")

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        title = d.pop("title")

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

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        platform = _parse_platform(d.pop("platform"))

        event_type = d.pop("event.type", UNSET)

        project_id = d.pop("projectID", UNSET)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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

        _metadata = d.pop("metadata", UNSET)
        metadata: EventSummaryMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EventSummaryMetadata.from_dict(_metadata)

        type_ = d.pop("type", UNSET)

        _entries = d.pop("entries", UNSET)
        entries: list[EventEntry] | Unset = UNSET
        if _entries is not UNSET:
            entries = []
            for entries_item_data in _entries:
                entries_item = EventEntry.from_dict(entries_item_data)

                entries.append(entries_item)

        def _parse_contexts(data: object) -> EventSummaryContextsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contexts_type_0 = EventSummaryContextsType0.from_dict(data)

                return contexts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSummaryContextsType0 | None | Unset, data)

        contexts = _parse_contexts(d.pop("contexts", UNSET))

        def _parse_sdk(data: object) -> EventSdk | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sdk_type_0 = EventSdk.from_dict(data)

                return sdk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSdk | None | Unset, data)

        sdk = _parse_sdk(d.pop("sdk", UNSET))

        def _parse_context(data: object) -> EventSummaryContextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = EventSummaryContextType0.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSummaryContextType0 | None | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_packages(data: object) -> EventSummaryPackagesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                packages_type_0 = EventSummaryPackagesType0.from_dict(data)

                return packages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSummaryPackagesType0 | None | Unset, data)

        packages = _parse_packages(d.pop("packages", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[EventProcessingError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = EventProcessingError.from_dict(errors_item_data)

                errors.append(errors_item)

        def _parse_date_received(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_received_type_0 = parse_datetime(data)

                return date_received_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_received = _parse_date_received(d.pop("dateReceived", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_dist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dist = _parse_dist(d.pop("dist", UNSET))

        def _parse_occurrence(
            data: object,
        ) -> EventSummaryOccurrenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                occurrence_type_0 = EventSummaryOccurrenceType0.from_dict(data)

                return occurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSummaryOccurrenceType0 | None | Unset, data)

        occurrence = _parse_occurrence(d.pop("occurrence", UNSET))

        _field_meta = d.pop("_meta", UNSET)
        field_meta: EventSummaryMeta | Unset
        if isinstance(_field_meta, Unset):
            field_meta = UNSET
        else:
            field_meta = EventSummaryMeta.from_dict(_field_meta)

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

        event_summary = cls(
            id=id,
            group_id=group_id,
            event_id=event_id,
            message=message,
            title=title,
            user=user,
            tags=tags,
            platform=platform,
            event_type=event_type,
            project_id=project_id,
            location=location,
            culprit=culprit,
            date_created=date_created,
            crash_file=crash_file,
            metadata=metadata,
            type_=type_,
            entries=entries,
            contexts=contexts,
            sdk=sdk,
            context=context,
            packages=packages,
            errors=errors,
            date_received=date_received,
            size=size,
            dist=dist,
            occurrence=occurrence,
            field_meta=field_meta,
            fingerprints=fingerprints,
            grouping_config=grouping_config,
        )

        event_summary.additional_properties = d
        return event_summary

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
