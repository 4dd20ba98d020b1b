"""The data models of the API, each imported on first use.

Rendered from templates/models_init.py.jinja; do not edit. ``__all__`` and the imports under
``TYPE_CHECKING`` are static, so type checkers see every model; at run time ``__getattr__``
imports a model's module when the model is first used, so importing one model does not import
all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .avatar import Avatar as Avatar
    from .deploy import Deploy as Deploy
    from .deploy_create import DeployCreate as DeployCreate
    from .event import Event as Event
    from .event_breakdowns_type_0 import EventBreakdownsType0 as EventBreakdownsType0
    from .event_context_type_0 import EventContextType0 as EventContextType0
    from .event_contexts_type_0 import EventContextsType0 as EventContextsType0
    from .event_crash_file_type_0 import EventCrashFileType0 as EventCrashFileType0
    from .event_entry import EventEntry as EventEntry
    from .event_formatted import EventFormatted as EventFormatted
    from .event_grouping_config import EventGroupingConfig as EventGroupingConfig
    from .event_measurements_type_0 import (
        EventMeasurementsType0 as EventMeasurementsType0,
    )
    from .event_meta import EventMeta as EventMeta
    from .event_metadata import EventMetadata as EventMetadata
    from .event_occurrence_type_0 import EventOccurrenceType0 as EventOccurrenceType0
    from .event_packages_type_0 import EventPackagesType0 as EventPackagesType0
    from .event_processing_error import EventProcessingError as EventProcessingError
    from .event_processing_error_data import (
        EventProcessingErrorData as EventProcessingErrorData,
    )
    from .event_release import EventRelease as EventRelease
    from .event_sdk import EventSdk as EventSdk
    from .event_sdk_updates_item import EventSdkUpdatesItem as EventSdkUpdatesItem
    from .event_summary import EventSummary as EventSummary
    from .event_summary_context_type_0 import (
        EventSummaryContextType0 as EventSummaryContextType0,
    )
    from .event_summary_contexts_type_0 import (
        EventSummaryContextsType0 as EventSummaryContextsType0,
    )
    from .event_summary_meta import EventSummaryMeta as EventSummaryMeta
    from .event_summary_metadata import EventSummaryMetadata as EventSummaryMetadata
    from .event_summary_occurrence_type_0 import (
        EventSummaryOccurrenceType0 as EventSummaryOccurrenceType0,
    )
    from .event_summary_packages_type_0 import (
        EventSummaryPackagesType0 as EventSummaryPackagesType0,
    )
    from .event_tag import EventTag as EventTag
    from .event_user_context import EventUserContext as EventUserContext
    from .event_user_context_data_type_0 import (
        EventUserContextDataType0 as EventUserContextDataType0,
    )
    from .event_user_context_geo_type_0 import (
        EventUserContextGeoType0 as EventUserContextGeoType0,
    )
    from .event_user_report_type_0 import EventUserReportType0 as EventUserReportType0
    from .issue import Issue as Issue
    from .issue_activity import IssueActivity as IssueActivity
    from .issue_activity_data import IssueActivityData as IssueActivityData
    from .issue_activity_user_type_0 import (
        IssueActivityUserType0 as IssueActivityUserType0,
    )
    from .issue_annotation import IssueAnnotation as IssueAnnotation
    from .issue_assignee import IssueAssignee as IssueAssignee
    from .issue_bulk_update import IssueBulkUpdate as IssueBulkUpdate
    from .issue_bulk_update_priority import (
        IssueBulkUpdatePriority as IssueBulkUpdatePriority,
    )
    from .issue_bulk_update_result import IssueBulkUpdateResult as IssueBulkUpdateResult
    from .issue_bulk_update_status import IssueBulkUpdateStatus as IssueBulkUpdateStatus
    from .issue_commit_ref import IssueCommitRef as IssueCommitRef
    from .issue_current_status_details import (
        IssueCurrentStatusDetails as IssueCurrentStatusDetails,
    )
    from .issue_current_status_details_actor import (
        IssueCurrentStatusDetailsActor as IssueCurrentStatusDetailsActor,
    )
    from .issue_current_status_details_in_commit import (
        IssueCurrentStatusDetailsInCommit as IssueCurrentStatusDetailsInCommit,
    )
    from .issue_current_status_details_info_type_0 import (
        IssueCurrentStatusDetailsInfoType0 as IssueCurrentStatusDetailsInfoType0,
    )
    from .issue_derived_data import IssueDerivedData as IssueDerivedData
    from .issue_detail import IssueDetail as IssueDetail
    from .issue_detail_forecast import IssueDetailForecast as IssueDetailForecast
    from .issue_detail_open_periods_item import (
        IssueDetailOpenPeriodsItem as IssueDetailOpenPeriodsItem,
    )
    from .issue_detail_participants_item import (
        IssueDetailParticipantsItem as IssueDetailParticipantsItem,
    )
    from .issue_detail_seen_by_item import (
        IssueDetailSeenByItem as IssueDetailSeenByItem,
    )
    from .issue_hash import IssueHash as IssueHash
    from .issue_inbox import IssueInbox as IssueInbox
    from .issue_inbox_reason_details_type_0 import (
        IssueInboxReasonDetailsType0 as IssueInboxReasonDetailsType0,
    )
    from .issue_integration_issues_item import (
        IssueIntegrationIssuesItem as IssueIntegrationIssuesItem,
    )
    from .issue_merge_result import IssueMergeResult as IssueMergeResult
    from .issue_metadata import IssueMetadata as IssueMetadata
    from .issue_owner import IssueOwner as IssueOwner
    from .issue_project import IssueProject as IssueProject
    from .issue_release import IssueRelease as IssueRelease
    from .issue_seen_stats import IssueSeenStats as IssueSeenStats
    from .issue_sentry_app_issues_item import (
        IssueSentryAppIssuesItem as IssueSentryAppIssuesItem,
    )
    from .issue_stats import IssueStats as IssueStats
    from .issue_status_details import IssueStatusDetails as IssueStatusDetails
    from .issue_subscription_details import (
        IssueSubscriptionDetails as IssueSubscriptionDetails,
    )
    from .issue_substatus import IssueSubstatus as IssueSubstatus
    from .issue_tag_summary import IssueTagSummary as IssueTagSummary
    from .issue_tag_summary_top_values_item import (
        IssueTagSummaryTopValuesItem as IssueTagSummaryTopValuesItem,
    )
    from .issue_update import IssueUpdate as IssueUpdate
    from .issue_update_priority import IssueUpdatePriority as IssueUpdatePriority
    from .issue_update_status import IssueUpdateStatus as IssueUpdateStatus
    from .member_external_user import MemberExternalUser as MemberExternalUser
    from .member_flags import MemberFlags as MemberFlags
    from .member_group_org_role import MemberGroupOrgRole as MemberGroupOrgRole
    from .member_invite import MemberInvite as MemberInvite
    from .member_invite_org_role import MemberInviteOrgRole as MemberInviteOrgRole
    from .member_org_role_option import MemberOrgRoleOption as MemberOrgRoleOption
    from .member_team_role import MemberTeamRole as MemberTeamRole
    from .member_team_role_input import MemberTeamRoleInput as MemberTeamRoleInput
    from .member_team_role_input_role import (
        MemberTeamRoleInputRole as MemberTeamRoleInputRole,
    )
    from .member_team_role_option import MemberTeamRoleOption as MemberTeamRoleOption
    from .member_update import MemberUpdate as MemberUpdate
    from .member_update_org_role import MemberUpdateOrgRole as MemberUpdateOrgRole
    from .member_user import MemberUser as MemberUser
    from .member_user_avatar import MemberUserAvatar as MemberUserAvatar
    from .member_user_email import MemberUserEmail as MemberUserEmail
    from .member_user_experiments import MemberUserExperiments as MemberUserExperiments
    from .member_user_identities_item import (
        MemberUserIdentitiesItem as MemberUserIdentitiesItem,
    )
    from .organization import Organization as Organization
    from .organization_available_roles_item import (
        OrganizationAvailableRolesItem as OrganizationAvailableRolesItem,
    )
    from .organization_experiments import (
        OrganizationExperiments as OrganizationExperiments,
    )
    from .organization_links import OrganizationLinks as OrganizationLinks
    from .organization_member import OrganizationMember as OrganizationMember
    from .organization_onboarding_task import (
        OrganizationOnboardingTask as OrganizationOnboardingTask,
    )
    from .organization_onboarding_task_user_type_0 import (
        OrganizationOnboardingTaskUserType0 as OrganizationOnboardingTaskUserType0,
    )
    from .organization_quota import OrganizationQuota as OrganizationQuota
    from .organization_role import OrganizationRole as OrganizationRole
    from .organization_status import OrganizationStatus as OrganizationStatus
    from .organization_summary import OrganizationSummary as OrganizationSummary
    from .organization_summary_extra_options import (
        OrganizationSummaryExtraOptions as OrganizationSummaryExtraOptions,
    )
    from .organization_summary_extra_options_additional_property import (
        OrganizationSummaryExtraOptionsAdditionalProperty as OrganizationSummaryExtraOptionsAdditionalProperty,
    )
    from .organization_team_role import OrganizationTeamRole as OrganizationTeamRole
    from .organization_trusted_relay import (
        OrganizationTrustedRelay as OrganizationTrustedRelay,
    )
    from .organization_trusted_relay_input import (
        OrganizationTrustedRelayInput as OrganizationTrustedRelayInput,
    )
    from .organization_update import OrganizationUpdate as OrganizationUpdate
    from .organization_update_attachments_role import (
        OrganizationUpdateAttachmentsRole as OrganizationUpdateAttachmentsRole,
    )
    from .organization_update_avatar_type import (
        OrganizationUpdateAvatarType as OrganizationUpdateAvatarType,
    )
    from .organization_update_debug_files_role import (
        OrganizationUpdateDebugFilesRole as OrganizationUpdateDebugFilesRole,
    )
    from .organization_update_default_role import (
        OrganizationUpdateDefaultRole as OrganizationUpdateDefaultRole,
    )
    from .organization_update_store_crash_reports import (
        OrganizationUpdateStoreCrashReports as OrganizationUpdateStoreCrashReports,
    )
    from .project import Project as Project
    from .project_base import ProjectBase as ProjectBase
    from .project_core import ProjectCore as ProjectCore
    from .project_core_session_stats import (
        ProjectCoreSessionStats as ProjectCoreSessionStats,
    )
    from .project_create import ProjectCreate as ProjectCreate
    from .project_dynamic_sampling_bias import (
        ProjectDynamicSamplingBias as ProjectDynamicSamplingBias,
    )
    from .project_event_processing import (
        ProjectEventProcessing as ProjectEventProcessing,
    )
    from .project_highlight_context import (
        ProjectHighlightContext as ProjectHighlightContext,
    )
    from .project_highlight_preset import (
        ProjectHighlightPreset as ProjectHighlightPreset,
    )
    from .project_highlight_preset_context import (
        ProjectHighlightPresetContext as ProjectHighlightPresetContext,
    )
    from .project_key import ProjectKey as ProjectKey
    from .project_key_browser_sdk import ProjectKeyBrowserSdk as ProjectKeyBrowserSdk
    from .project_key_dsn import ProjectKeyDsn as ProjectKeyDsn
    from .project_key_dynamic_sdk_loader_options import (
        ProjectKeyDynamicSdkLoaderOptions as ProjectKeyDynamicSdkLoaderOptions,
    )
    from .project_key_rate_limit import ProjectKeyRateLimit as ProjectKeyRateLimit
    from .project_latest_deploy import ProjectLatestDeploy as ProjectLatestDeploy
    from .project_latest_release import ProjectLatestRelease as ProjectLatestRelease
    from .project_options import ProjectOptions as ProjectOptions
    from .project_plugins_item import ProjectPluginsItem as ProjectPluginsItem
    from .project_summary import ProjectSummary as ProjectSummary
    from .project_summary_latest_deploys_type_0 import (
        ProjectSummaryLatestDeploysType0 as ProjectSummaryLatestDeploysType0,
    )
    from .project_summary_options import ProjectSummaryOptions as ProjectSummaryOptions
    from .project_team_ref import ProjectTeamRef as ProjectTeamRef
    from .project_update import ProjectUpdate as ProjectUpdate
    from .project_update_highlight_context import (
        ProjectUpdateHighlightContext as ProjectUpdateHighlightContext,
    )
    from .project_user import ProjectUser as ProjectUser
    from .project_with_organization import (
        ProjectWithOrganization as ProjectWithOrganization,
    )
    from .release import Release as Release
    from .release_adoption_stages_type_0 import (
        ReleaseAdoptionStagesType0 as ReleaseAdoptionStagesType0,
    )
    from .release_author import ReleaseAuthor as ReleaseAuthor
    from .release_author_experiments import (
        ReleaseAuthorExperiments as ReleaseAuthorExperiments,
    )
    from .release_commit import ReleaseCommit as ReleaseCommit
    from .release_commit_file_change import (
        ReleaseCommitFileChange as ReleaseCommitFileChange,
    )
    from .release_commit_file_change_type import (
        ReleaseCommitFileChangeType as ReleaseCommitFileChangeType,
    )
    from .release_commit_input import ReleaseCommitInput as ReleaseCommitInput
    from .release_commit_pull_request_type_0 import (
        ReleaseCommitPullRequestType0 as ReleaseCommitPullRequestType0,
    )
    from .release_commit_releases_item import (
        ReleaseCommitReleasesItem as ReleaseCommitReleasesItem,
    )
    from .release_create import ReleaseCreate as ReleaseCreate
    from .release_create_status import ReleaseCreateStatus as ReleaseCreateStatus
    from .release_current_project_meta_type_0 import (
        ReleaseCurrentProjectMetaType0 as ReleaseCurrentProjectMetaType0,
    )
    from .release_data import ReleaseData as ReleaseData
    from .release_head_commit_input import (
        ReleaseHeadCommitInput as ReleaseHeadCommitInput,
    )
    from .release_project import ReleaseProject as ReleaseProject
    from .release_project_health_data import (
        ReleaseProjectHealthData as ReleaseProjectHealthData,
    )
    from .release_project_health_data_stats import (
        ReleaseProjectHealthDataStats as ReleaseProjectHealthDataStats,
    )
    from .release_ref_input import ReleaseRefInput as ReleaseRefInput
    from .release_repository import ReleaseRepository as ReleaseRepository
    from .release_repository_provider_type_0 import (
        ReleaseRepositoryProviderType0 as ReleaseRepositoryProviderType0,
    )
    from .release_update import ReleaseUpdate as ReleaseUpdate
    from .release_version_info import ReleaseVersionInfo as ReleaseVersionInfo
    from .release_version_info_version import (
        ReleaseVersionInfoVersion as ReleaseVersionInfoVersion,
    )
    from .team import Team as Team
    from .team_create import TeamCreate as TeamCreate
    from .team_external_team import TeamExternalTeam as TeamExternalTeam
    from .team_flags import TeamFlags as TeamFlags
    from .team_member import TeamMember as TeamMember
    from .team_member_external_users_item import (
        TeamMemberExternalUsersItem as TeamMemberExternalUsersItem,
    )
    from .team_member_flags import TeamMemberFlags as TeamMemberFlags
    from .team_member_user import TeamMemberUser as TeamMemberUser
    from .team_member_user_email import TeamMemberUserEmail as TeamMemberUserEmail
    from .team_member_user_experiments import (
        TeamMemberUserExperiments as TeamMemberUserExperiments,
    )
    from .team_member_user_identities_item import (
        TeamMemberUserIdentitiesItem as TeamMemberUserIdentitiesItem,
    )
    from .team_update import TeamUpdate as TeamUpdate

_MODULE_OF = {
    "Avatar": "avatar",
    "Deploy": "deploy",
    "DeployCreate": "deploy_create",
    "Event": "event",
    "EventBreakdownsType0": "event_breakdowns_type_0",
    "EventContextType0": "event_context_type_0",
    "EventContextsType0": "event_contexts_type_0",
    "EventCrashFileType0": "event_crash_file_type_0",
    "EventEntry": "event_entry",
    "EventFormatted": "event_formatted",
    "EventGroupingConfig": "event_grouping_config",
    "EventMeasurementsType0": "event_measurements_type_0",
    "EventMeta": "event_meta",
    "EventMetadata": "event_metadata",
    "EventOccurrenceType0": "event_occurrence_type_0",
    "EventPackagesType0": "event_packages_type_0",
    "EventProcessingError": "event_processing_error",
    "EventProcessingErrorData": "event_processing_error_data",
    "EventRelease": "event_release",
    "EventSdk": "event_sdk",
    "EventSdkUpdatesItem": "event_sdk_updates_item",
    "EventSummary": "event_summary",
    "EventSummaryContextType0": "event_summary_context_type_0",
    "EventSummaryContextsType0": "event_summary_contexts_type_0",
    "EventSummaryMeta": "event_summary_meta",
    "EventSummaryMetadata": "event_summary_metadata",
    "EventSummaryOccurrenceType0": "event_summary_occurrence_type_0",
    "EventSummaryPackagesType0": "event_summary_packages_type_0",
    "EventTag": "event_tag",
    "EventUserContext": "event_user_context",
    "EventUserContextDataType0": "event_user_context_data_type_0",
    "EventUserContextGeoType0": "event_user_context_geo_type_0",
    "EventUserReportType0": "event_user_report_type_0",
    "Issue": "issue",
    "IssueActivity": "issue_activity",
    "IssueActivityData": "issue_activity_data",
    "IssueActivityUserType0": "issue_activity_user_type_0",
    "IssueAnnotation": "issue_annotation",
    "IssueAssignee": "issue_assignee",
    "IssueBulkUpdate": "issue_bulk_update",
    "IssueBulkUpdatePriority": "issue_bulk_update_priority",
    "IssueBulkUpdateResult": "issue_bulk_update_result",
    "IssueBulkUpdateStatus": "issue_bulk_update_status",
    "IssueCommitRef": "issue_commit_ref",
    "IssueCurrentStatusDetails": "issue_current_status_details",
    "IssueCurrentStatusDetailsActor": "issue_current_status_details_actor",
    "IssueCurrentStatusDetailsInCommit": "issue_current_status_details_in_commit",
    "IssueCurrentStatusDetailsInfoType0": "issue_current_status_details_info_type_0",
    "IssueDerivedData": "issue_derived_data",
    "IssueDetail": "issue_detail",
    "IssueDetailForecast": "issue_detail_forecast",
    "IssueDetailOpenPeriodsItem": "issue_detail_open_periods_item",
    "IssueDetailParticipantsItem": "issue_detail_participants_item",
    "IssueDetailSeenByItem": "issue_detail_seen_by_item",
    "IssueHash": "issue_hash",
    "IssueInbox": "issue_inbox",
    "IssueInboxReasonDetailsType0": "issue_inbox_reason_details_type_0",
    "IssueIntegrationIssuesItem": "issue_integration_issues_item",
    "IssueMergeResult": "issue_merge_result",
    "IssueMetadata": "issue_metadata",
    "IssueOwner": "issue_owner",
    "IssueProject": "issue_project",
    "IssueRelease": "issue_release",
    "IssueSeenStats": "issue_seen_stats",
    "IssueSentryAppIssuesItem": "issue_sentry_app_issues_item",
    "IssueStats": "issue_stats",
    "IssueStatusDetails": "issue_status_details",
    "IssueSubscriptionDetails": "issue_subscription_details",
    "IssueSubstatus": "issue_substatus",
    "IssueTagSummary": "issue_tag_summary",
    "IssueTagSummaryTopValuesItem": "issue_tag_summary_top_values_item",
    "IssueUpdate": "issue_update",
    "IssueUpdatePriority": "issue_update_priority",
    "IssueUpdateStatus": "issue_update_status",
    "MemberExternalUser": "member_external_user",
    "MemberFlags": "member_flags",
    "MemberGroupOrgRole": "member_group_org_role",
    "MemberInvite": "member_invite",
    "MemberInviteOrgRole": "member_invite_org_role",
    "MemberOrgRoleOption": "member_org_role_option",
    "MemberTeamRole": "member_team_role",
    "MemberTeamRoleInput": "member_team_role_input",
    "MemberTeamRoleInputRole": "member_team_role_input_role",
    "MemberTeamRoleOption": "member_team_role_option",
    "MemberUpdate": "member_update",
    "MemberUpdateOrgRole": "member_update_org_role",
    "MemberUser": "member_user",
    "MemberUserAvatar": "member_user_avatar",
    "MemberUserEmail": "member_user_email",
    "MemberUserExperiments": "member_user_experiments",
    "MemberUserIdentitiesItem": "member_user_identities_item",
    "Organization": "organization",
    "OrganizationAvailableRolesItem": "organization_available_roles_item",
    "OrganizationExperiments": "organization_experiments",
    "OrganizationLinks": "organization_links",
    "OrganizationMember": "organization_member",
    "OrganizationOnboardingTask": "organization_onboarding_task",
    "OrganizationOnboardingTaskUserType0": "organization_onboarding_task_user_type_0",
    "OrganizationQuota": "organization_quota",
    "OrganizationRole": "organization_role",
    "OrganizationStatus": "organization_status",
    "OrganizationSummary": "organization_summary",
    "OrganizationSummaryExtraOptions": "organization_summary_extra_options",
    "OrganizationSummaryExtraOptionsAdditionalProperty": "organization_summary_extra_options_additional_property",
    "OrganizationTeamRole": "organization_team_role",
    "OrganizationTrustedRelay": "organization_trusted_relay",
    "OrganizationTrustedRelayInput": "organization_trusted_relay_input",
    "OrganizationUpdate": "organization_update",
    "OrganizationUpdateAttachmentsRole": "organization_update_attachments_role",
    "OrganizationUpdateAvatarType": "organization_update_avatar_type",
    "OrganizationUpdateDebugFilesRole": "organization_update_debug_files_role",
    "OrganizationUpdateDefaultRole": "organization_update_default_role",
    "OrganizationUpdateStoreCrashReports": "organization_update_store_crash_reports",
    "Project": "project",
    "ProjectBase": "project_base",
    "ProjectCore": "project_core",
    "ProjectCoreSessionStats": "project_core_session_stats",
    "ProjectCreate": "project_create",
    "ProjectDynamicSamplingBias": "project_dynamic_sampling_bias",
    "ProjectEventProcessing": "project_event_processing",
    "ProjectHighlightContext": "project_highlight_context",
    "ProjectHighlightPreset": "project_highlight_preset",
    "ProjectHighlightPresetContext": "project_highlight_preset_context",
    "ProjectKey": "project_key",
    "ProjectKeyBrowserSdk": "project_key_browser_sdk",
    "ProjectKeyDsn": "project_key_dsn",
    "ProjectKeyDynamicSdkLoaderOptions": "project_key_dynamic_sdk_loader_options",
    "ProjectKeyRateLimit": "project_key_rate_limit",
    "ProjectLatestDeploy": "project_latest_deploy",
    "ProjectLatestRelease": "project_latest_release",
    "ProjectOptions": "project_options",
    "ProjectPluginsItem": "project_plugins_item",
    "ProjectSummary": "project_summary",
    "ProjectSummaryLatestDeploysType0": "project_summary_latest_deploys_type_0",
    "ProjectSummaryOptions": "project_summary_options",
    "ProjectTeamRef": "project_team_ref",
    "ProjectUpdate": "project_update",
    "ProjectUpdateHighlightContext": "project_update_highlight_context",
    "ProjectUser": "project_user",
    "ProjectWithOrganization": "project_with_organization",
    "Release": "release",
    "ReleaseAdoptionStagesType0": "release_adoption_stages_type_0",
    "ReleaseAuthor": "release_author",
    "ReleaseAuthorExperiments": "release_author_experiments",
    "ReleaseCommit": "release_commit",
    "ReleaseCommitFileChange": "release_commit_file_change",
    "ReleaseCommitFileChangeType": "release_commit_file_change_type",
    "ReleaseCommitInput": "release_commit_input",
    "ReleaseCommitPullRequestType0": "release_commit_pull_request_type_0",
    "ReleaseCommitReleasesItem": "release_commit_releases_item",
    "ReleaseCreate": "release_create",
    "ReleaseCreateStatus": "release_create_status",
    "ReleaseCurrentProjectMetaType0": "release_current_project_meta_type_0",
    "ReleaseData": "release_data",
    "ReleaseHeadCommitInput": "release_head_commit_input",
    "ReleaseProject": "release_project",
    "ReleaseProjectHealthData": "release_project_health_data",
    "ReleaseProjectHealthDataStats": "release_project_health_data_stats",
    "ReleaseRefInput": "release_ref_input",
    "ReleaseRepository": "release_repository",
    "ReleaseRepositoryProviderType0": "release_repository_provider_type_0",
    "ReleaseUpdate": "release_update",
    "ReleaseVersionInfo": "release_version_info",
    "ReleaseVersionInfoVersion": "release_version_info_version",
    "Team": "team",
    "TeamCreate": "team_create",
    "TeamExternalTeam": "team_external_team",
    "TeamFlags": "team_flags",
    "TeamMember": "team_member",
    "TeamMemberExternalUsersItem": "team_member_external_users_item",
    "TeamMemberFlags": "team_member_flags",
    "TeamMemberUser": "team_member_user",
    "TeamMemberUserEmail": "team_member_user_email",
    "TeamMemberUserExperiments": "team_member_user_experiments",
    "TeamMemberUserIdentitiesItem": "team_member_user_identities_item",
    "TeamUpdate": "team_update",
}

__all__ = (
    "Avatar",
    "Deploy",
    "DeployCreate",
    "Event",
    "EventBreakdownsType0",
    "EventContextType0",
    "EventContextsType0",
    "EventCrashFileType0",
    "EventEntry",
    "EventFormatted",
    "EventGroupingConfig",
    "EventMeasurementsType0",
    "EventMeta",
    "EventMetadata",
    "EventOccurrenceType0",
    "EventPackagesType0",
    "EventProcessingError",
    "EventProcessingErrorData",
    "EventRelease",
    "EventSdk",
    "EventSdkUpdatesItem",
    "EventSummary",
    "EventSummaryContextType0",
    "EventSummaryContextsType0",
    "EventSummaryMeta",
    "EventSummaryMetadata",
    "EventSummaryOccurrenceType0",
    "EventSummaryPackagesType0",
    "EventTag",
    "EventUserContext",
    "EventUserContextDataType0",
    "EventUserContextGeoType0",
    "EventUserReportType0",
    "Issue",
    "IssueActivity",
    "IssueActivityData",
    "IssueActivityUserType0",
    "IssueAnnotation",
    "IssueAssignee",
    "IssueBulkUpdate",
    "IssueBulkUpdatePriority",
    "IssueBulkUpdateResult",
    "IssueBulkUpdateStatus",
    "IssueCommitRef",
    "IssueCurrentStatusDetails",
    "IssueCurrentStatusDetailsActor",
    "IssueCurrentStatusDetailsInCommit",
    "IssueCurrentStatusDetailsInfoType0",
    "IssueDerivedData",
    "IssueDetail",
    "IssueDetailForecast",
    "IssueDetailOpenPeriodsItem",
    "IssueDetailParticipantsItem",
    "IssueDetailSeenByItem",
    "IssueHash",
    "IssueInbox",
    "IssueInboxReasonDetailsType0",
    "IssueIntegrationIssuesItem",
    "IssueMergeResult",
    "IssueMetadata",
    "IssueOwner",
    "IssueProject",
    "IssueRelease",
    "IssueSeenStats",
    "IssueSentryAppIssuesItem",
    "IssueStats",
    "IssueStatusDetails",
    "IssueSubscriptionDetails",
    "IssueSubstatus",
    "IssueTagSummary",
    "IssueTagSummaryTopValuesItem",
    "IssueUpdate",
    "IssueUpdatePriority",
    "IssueUpdateStatus",
    "MemberExternalUser",
    "MemberFlags",
    "MemberGroupOrgRole",
    "MemberInvite",
    "MemberInviteOrgRole",
    "MemberOrgRoleOption",
    "MemberTeamRole",
    "MemberTeamRoleInput",
    "MemberTeamRoleInputRole",
    "MemberTeamRoleOption",
    "MemberUpdate",
    "MemberUpdateOrgRole",
    "MemberUser",
    "MemberUserAvatar",
    "MemberUserEmail",
    "MemberUserExperiments",
    "MemberUserIdentitiesItem",
    "Organization",
    "OrganizationAvailableRolesItem",
    "OrganizationExperiments",
    "OrganizationLinks",
    "OrganizationMember",
    "OrganizationOnboardingTask",
    "OrganizationOnboardingTaskUserType0",
    "OrganizationQuota",
    "OrganizationRole",
    "OrganizationStatus",
    "OrganizationSummary",
    "OrganizationSummaryExtraOptions",
    "OrganizationSummaryExtraOptionsAdditionalProperty",
    "OrganizationTeamRole",
    "OrganizationTrustedRelay",
    "OrganizationTrustedRelayInput",
    "OrganizationUpdate",
    "OrganizationUpdateAttachmentsRole",
    "OrganizationUpdateAvatarType",
    "OrganizationUpdateDebugFilesRole",
    "OrganizationUpdateDefaultRole",
    "OrganizationUpdateStoreCrashReports",
    "Project",
    "ProjectBase",
    "ProjectCore",
    "ProjectCoreSessionStats",
    "ProjectCreate",
    "ProjectDynamicSamplingBias",
    "ProjectEventProcessing",
    "ProjectHighlightContext",
    "ProjectHighlightPreset",
    "ProjectHighlightPresetContext",
    "ProjectKey",
    "ProjectKeyBrowserSdk",
    "ProjectKeyDsn",
    "ProjectKeyDynamicSdkLoaderOptions",
    "ProjectKeyRateLimit",
    "ProjectLatestDeploy",
    "ProjectLatestRelease",
    "ProjectOptions",
    "ProjectPluginsItem",
    "ProjectSummary",
    "ProjectSummaryLatestDeploysType0",
    "ProjectSummaryOptions",
    "ProjectTeamRef",
    "ProjectUpdate",
    "ProjectUpdateHighlightContext",
    "ProjectUser",
    "ProjectWithOrganization",
    "Release",
    "ReleaseAdoptionStagesType0",
    "ReleaseAuthor",
    "ReleaseAuthorExperiments",
    "ReleaseCommit",
    "ReleaseCommitFileChange",
    "ReleaseCommitFileChangeType",
    "ReleaseCommitInput",
    "ReleaseCommitPullRequestType0",
    "ReleaseCommitReleasesItem",
    "ReleaseCreate",
    "ReleaseCreateStatus",
    "ReleaseCurrentProjectMetaType0",
    "ReleaseData",
    "ReleaseHeadCommitInput",
    "ReleaseProject",
    "ReleaseProjectHealthData",
    "ReleaseProjectHealthDataStats",
    "ReleaseRefInput",
    "ReleaseRepository",
    "ReleaseRepositoryProviderType0",
    "ReleaseUpdate",
    "ReleaseVersionInfo",
    "ReleaseVersionInfoVersion",
    "Team",
    "TeamCreate",
    "TeamExternalTeam",
    "TeamFlags",
    "TeamMember",
    "TeamMemberExternalUsersItem",
    "TeamMemberFlags",
    "TeamMemberUser",
    "TeamMemberUserEmail",
    "TeamMemberUserExperiments",
    "TeamMemberUserIdentitiesItem",
    "TeamUpdate",
)


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt model name is an error

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
