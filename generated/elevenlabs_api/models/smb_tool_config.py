from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolErrorHandlingMode,
    ToolInterruptionMode,
)
from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class SmbToolConfig(Lazy, AdditionalProperties[Any]):
    """SMB tool configuration that wraps SMB tool parameters.

    Attributes:
        type_: Tool type identifier Default: 'smb'.
        description: Description of when the tool should be used and what it does. Defaults to empty on the server.
        response_timeout_secs: The maximum time in seconds to wait for the tool call to complete. Defaults to 20 on the
            server.
        disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
            interrupt the agent while this tool is running. Defaults to False on the server.
        interruption_mode: Controls whether the user can interrupt the agent around this tool call. 'allow' (default)
            lets the user interrupt at any time, 'disable_during_tool' suppresses interruptions only while the tool is
            running, 'disable_during_tool_and_turn' suppresses interruptions while the tool runs and for the agent response
            that follows it. Defaults to 'allow' on the server.
        force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak before the tool
            call. Defaults to False on the server.
        pre_tool_speech: Controls whether the agent speaks before this tool is called. 'auto' (default) decides based on
            recent tool latency, 'force' always asks the agent to speak, 'off' fully opts out regardless of latency.
            Defaults to 'auto' on the server.
        assignments: Configuration for extracting values from tool responses and assigning them to dynamic variables
        tool_call_sound: Predefined tool call sound type to play during tool execution. If not specified, no tool call
            sound will be played.
        tool_call_sound_behavior: Determines when the tool call sound should play. 'auto' only plays when there's pre-
            tool speech, 'always' plays for every tool call. Defaults to 'auto' on the server.
        tool_error_handling_mode: Controls how tool errors are processed before being shared with the agent. 'auto'
            determines handling based on tool type (summarized for native integrations, hide for others), 'summarized' sends
            an LLM-generated summary, 'passthrough' sends the raw error, 'hide' does not share the error with the agent.
            Defaults to 'auto' on the server.
        human_description: User-facing tooltip for the procedure reference picker. Not sent to the LLM. Defaults to
            empty on the server.
        enabled: Whether this tool is enabled for the agent Defaults to True on the server.
    """

    name: str

    params: (
        CancelCalendarEventParams
        | CancelGroupSessionForAllParams
        | CancelGroupSessionRegistrationParams
        | CheckServiceAvailabilityParams
        | CreateAgentProcedureParams
        | CreateAgentRuleParams
        | CreateAssetParams
        | CreateClientAppointmentParams
        | CreateClientInteractionParams
        | CreateClientParams
        | CreateHolidayParams
        | CreateLocationParams
        | CreateProductParams
        | CreateServiceParams
        | CreateStaffParams
        | CreateTransferRuleParams
        | DeleteAgentProcedureParams
        | DeleteAgentRuleParams
        | DeleteAssetParams
        | DeleteCalendarEventParams
        | DeleteClientInteractionParams
        | DeleteClientParams
        | DeleteGroupSessionParams
        | DeleteHolidayParams
        | DeleteLocationParams
        | DeleteProductParams
        | DeleteServiceParams
        | DeleteStaffParams
        | DeleteTransferRuleParams
        | GetAnalyticsSummaryParams
        | GetAppointmentByConfirmationNumberParams
        | GetBookingPageSettingsParams
        | GetBookingSlugStatusParams
        | GetClientAppointmentsParams
        | GetClientByPhoneParams
        | GetScheduleParams
        | LeaveMessageParams
        | ListAgentProceduresParams
        | ListAgentReferencesParams
        | ListAgentRulesParams
        | ListAssetsParams
        | ListCalendarEventsParams
        | ListClientInteractionsParams
        | ListClientsParams
        | ListCustomerFacingAgentsParams
        | ListGroupSessionsParams
        | ListHolidaysParams
        | ListLocationsParams
        | ListProductsParams
        | ListServicesParams
        | ListStaffParams
        | ListTransferRulesParams
        | OptInSmsReminderParams
        | OptOutSmsReminderParams
        | RegisterForGroupSessionParams
        | ReportKnowledgeGapParams
        | RestoreCalendarEventParams
        | ScheduleGroupSessionParams
        | SearchClientsParams
        | SetBookingSlugParams
        | SubmitBusinessInfoParams
        | TriggerUserVerificationParams
        | UnknownVariant
        | UpdateAgentProcedureParams
        | UpdateAgentRuleParams
        | UpdateAssetParams
        | UpdateBookingPageAppearanceParams
        | UpdateBookingPageSettingsParams
        | UpdateBusinessInfoParams
        | UpdateCalendarEventParams
        | UpdateClientParams
        | UpdateCustomerFacingConfigParams
        | UpdateGroupSessionSeatsParams
        | UpdateHolidayParams
        | UpdateLocationParams
        | UpdateProductParams
        | UpdateServiceParams
        | UpdateStaffParams
        | UpdateTransferRuleParams
        | ValidateUserVerificationCodeParams
    )

    type_: Literal["smb"] | Unset = _attrs_field(
        default="smb",
        kw_only=True,
        alias="type",
        validator=types.tag("SmbToolConfig", "type", "smb"),
    )

    description: str | Unset = UNSET

    response_timeout_secs: int | Unset = UNSET

    disable_interruptions: bool | Unset = UNSET

    interruption_mode: str | ToolInterruptionMode | Unset = UNSET

    force_pre_tool_speech: bool | Unset = UNSET

    pre_tool_speech: PreToolSpeechMode | str | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | Unset = UNSET

    tool_call_sound: None | str | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: str | ToolCallSoundBehavior | Unset = UNSET

    tool_error_handling_mode: str | ToolErrorHandlingMode | Unset = UNSET

    human_description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field(
            "params",
            "params",
            union(
                object_of("SearchClientsParams"),
                object_of("ListClientsParams"),
                object_of("GetClientByPhoneParams"),
                object_of("CreateClientParams"),
                object_of("UpdateClientParams"),
                object_of("DeleteClientParams"),
                object_of("ListStaffParams"),
                object_of("CreateStaffParams"),
                object_of("UpdateStaffParams"),
                object_of("DeleteStaffParams"),
                object_of("ListAssetsParams"),
                object_of("CreateAssetParams"),
                object_of("UpdateAssetParams"),
                object_of("DeleteAssetParams"),
                object_of("ListServicesParams"),
                object_of("CreateServiceParams"),
                object_of("UpdateServiceParams"),
                object_of("DeleteServiceParams"),
                object_of("ListProductsParams"),
                object_of("CreateProductParams"),
                object_of("UpdateProductParams"),
                object_of("DeleteProductParams"),
                object_of("CheckServiceAvailabilityParams"),
                object_of("CreateClientAppointmentParams"),
                object_of("GetClientAppointmentsParams"),
                object_of("GetAppointmentByConfirmationNumberParams"),
                object_of("ListGroupSessionsParams"),
                object_of("ScheduleGroupSessionParams"),
                object_of("RegisterForGroupSessionParams"),
                object_of("CancelGroupSessionRegistrationParams"),
                object_of("UpdateGroupSessionSeatsParams"),
                object_of("CancelGroupSessionForAllParams"),
                object_of("DeleteGroupSessionParams"),
                object_of("ListCalendarEventsParams"),
                object_of("UpdateCalendarEventParams"),
                object_of("CancelCalendarEventParams"),
                object_of("RestoreCalendarEventParams"),
                object_of("DeleteCalendarEventParams"),
                object_of("ListCustomerFacingAgentsParams"),
                object_of("ListAgentRulesParams"),
                object_of("CreateAgentRuleParams"),
                object_of("UpdateAgentRuleParams"),
                object_of("DeleteAgentRuleParams"),
                object_of("ListTransferRulesParams"),
                object_of("CreateTransferRuleParams"),
                object_of("UpdateTransferRuleParams"),
                object_of("DeleteTransferRuleParams"),
                object_of("ListAgentProceduresParams"),
                object_of("ListAgentReferencesParams"),
                object_of("CreateAgentProcedureParams"),
                object_of("UpdateAgentProcedureParams"),
                object_of("DeleteAgentProcedureParams"),
                object_of("ListHolidaysParams"),
                object_of("CreateHolidayParams"),
                object_of("UpdateHolidayParams"),
                object_of("DeleteHolidayParams"),
                object_of("GetScheduleParams"),
                object_of("SubmitBusinessInfoParams"),
                object_of("UpdateBusinessInfoParams"),
                object_of("UpdateCustomerFacingConfigParams"),
                object_of("GetAnalyticsSummaryParams"),
                object_of("GetBookingPageSettingsParams"),
                object_of("UpdateBookingPageSettingsParams"),
                object_of("UpdateBookingPageAppearanceParams"),
                object_of("GetBookingSlugStatusParams"),
                object_of("SetBookingSlugParams"),
                object_of("ListClientInteractionsParams"),
                object_of("CreateClientInteractionParams"),
                object_of("DeleteClientInteractionParams"),
                object_of("ListLocationsParams"),
                object_of("CreateLocationParams"),
                object_of("UpdateLocationParams"),
                object_of("DeleteLocationParams"),
                object_of("LeaveMessageParams"),
                object_of("ReportKnowledgeGapParams"),
                object_of("OptInSmsReminderParams"),
                object_of("OptOutSmsReminderParams"),
                object_of("TriggerUserVerificationParams"),
                object_of("ValidateUserVerificationCodeParams"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("type_", "type", const("smb")),
        Field("description", "description", STR),
        Field("response_timeout_secs", "response_timeout_secs", INT),
        Field("disable_interruptions", "disable_interruptions", BOOL),
        Field("interruption_mode", "interruption_mode", union(literal("ToolInterruptionMode"), STR)),
        Field("force_pre_tool_speech", "force_pre_tool_speech", BOOL),
        Field("pre_tool_speech", "pre_tool_speech", union(literal("PreToolSpeechMode"), STR)),
        Field("assignments", "assignments", list_of(object_of("DynamicVariableAssignment"))),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL, STR)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", union(literal("ToolCallSoundBehavior"), STR)),
        Field("tool_error_handling_mode", "tool_error_handling_mode", union(literal("ToolErrorHandlingMode"), STR)),
        Field("human_description", "human_description", STR),
        Field("enabled", "enabled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SmbToolConfig, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.cancel_calendar_event_params import CancelCalendarEventParams
from ..models.cancel_group_session_for_all_params import CancelGroupSessionForAllParams
from ..models.cancel_group_session_registration_params import CancelGroupSessionRegistrationParams
from ..models.check_service_availability_params import CheckServiceAvailabilityParams
from ..models.create_agent_procedure_params import CreateAgentProcedureParams
from ..models.create_agent_rule_params import CreateAgentRuleParams
from ..models.create_asset_params import CreateAssetParams
from ..models.create_client_appointment_params import CreateClientAppointmentParams
from ..models.create_client_interaction_params import CreateClientInteractionParams
from ..models.create_client_params import CreateClientParams
from ..models.create_holiday_params import CreateHolidayParams
from ..models.create_location_params import CreateLocationParams
from ..models.create_product_params import CreateProductParams
from ..models.create_service_params import CreateServiceParams
from ..models.create_staff_params import CreateStaffParams
from ..models.create_transfer_rule_params import CreateTransferRuleParams
from ..models.delete_agent_procedure_params import DeleteAgentProcedureParams
from ..models.delete_agent_rule_params import DeleteAgentRuleParams
from ..models.delete_asset_params import DeleteAssetParams
from ..models.delete_calendar_event_params import DeleteCalendarEventParams
from ..models.delete_client_interaction_params import DeleteClientInteractionParams
from ..models.delete_client_params import DeleteClientParams
from ..models.delete_group_session_params import DeleteGroupSessionParams
from ..models.delete_holiday_params import DeleteHolidayParams
from ..models.delete_location_params import DeleteLocationParams
from ..models.delete_product_params import DeleteProductParams
from ..models.delete_service_params import DeleteServiceParams
from ..models.delete_staff_params import DeleteStaffParams
from ..models.delete_transfer_rule_params import DeleteTransferRuleParams
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.get_analytics_summary_params import GetAnalyticsSummaryParams
from ..models.get_appointment_by_confirmation_number_params import GetAppointmentByConfirmationNumberParams
from ..models.get_booking_page_settings_params import GetBookingPageSettingsParams
from ..models.get_booking_slug_status_params import GetBookingSlugStatusParams
from ..models.get_client_appointments_params import GetClientAppointmentsParams
from ..models.get_client_by_phone_params import GetClientByPhoneParams
from ..models.get_schedule_params import GetScheduleParams
from ..models.leave_message_params import LeaveMessageParams
from ..models.list_agent_procedures_params import ListAgentProceduresParams
from ..models.list_agent_references_params import ListAgentReferencesParams
from ..models.list_agent_rules_params import ListAgentRulesParams
from ..models.list_assets_params import ListAssetsParams
from ..models.list_calendar_events_params import ListCalendarEventsParams
from ..models.list_client_interactions_params import ListClientInteractionsParams
from ..models.list_clients_params import ListClientsParams
from ..models.list_customer_facing_agents_params import ListCustomerFacingAgentsParams
from ..models.list_group_sessions_params import ListGroupSessionsParams
from ..models.list_holidays_params import ListHolidaysParams
from ..models.list_locations_params import ListLocationsParams
from ..models.list_products_params import ListProductsParams
from ..models.list_services_params import ListServicesParams
from ..models.list_staff_params import ListStaffParams
from ..models.list_transfer_rules_params import ListTransferRulesParams
from ..models.opt_in_sms_reminder_params import OptInSmsReminderParams
from ..models.opt_out_sms_reminder_params import OptOutSmsReminderParams
from ..models.register_for_group_session_params import RegisterForGroupSessionParams
from ..models.report_knowledge_gap_params import ReportKnowledgeGapParams
from ..models.restore_calendar_event_params import RestoreCalendarEventParams
from ..models.schedule_group_session_params import ScheduleGroupSessionParams
from ..models.search_clients_params import SearchClientsParams
from ..models.set_booking_slug_params import SetBookingSlugParams
from ..models.submit_business_info_params import SubmitBusinessInfoParams
from ..models.trigger_user_verification_params import TriggerUserVerificationParams
from ..models.unknown_variant import UnknownVariant
from ..models.update_agent_procedure_params import UpdateAgentProcedureParams
from ..models.update_agent_rule_params import UpdateAgentRuleParams
from ..models.update_asset_params import UpdateAssetParams
from ..models.update_booking_page_appearance_params import UpdateBookingPageAppearanceParams
from ..models.update_booking_page_settings_params import UpdateBookingPageSettingsParams
from ..models.update_business_info_params import UpdateBusinessInfoParams
from ..models.update_calendar_event_params import UpdateCalendarEventParams
from ..models.update_client_params import UpdateClientParams
from ..models.update_customer_facing_config_params import UpdateCustomerFacingConfigParams
from ..models.update_group_session_seats_params import UpdateGroupSessionSeatsParams
from ..models.update_holiday_params import UpdateHolidayParams
from ..models.update_location_params import UpdateLocationParams
from ..models.update_product_params import UpdateProductParams
from ..models.update_service_params import UpdateServiceParams
from ..models.update_staff_params import UpdateStaffParams
from ..models.update_transfer_rule_params import UpdateTransferRuleParams
from ..models.validate_user_verification_code_params import ValidateUserVerificationCodeParams
