from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolErrorHandlingMode,
    ToolInterruptionMode,
)
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class CancelCalendarEventParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'cancel_calendar_event'.
    """

    smb_tool_type: Literal["cancel_calendar_event"] | Unset = _attrs_field(
        default="cancel_calendar_event",
        kw_only=True,
        validator=types.tag("CancelCalendarEventParams", "smb_tool_type", "cancel_calendar_event"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("cancel_calendar_event")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CancelGroupSessionForAllParams(Lazy, AdditionalProperties[Any]):
    """Cancel an entire group session and notify every registered participant.
    Destructive -- prefer ``cancel_group_session_registration`` for cancelling
    a single attendee.

    Attributes:
        smb_tool_type:  Default: 'cancel_group_session_for_all'.
    """

    smb_tool_type: Literal["cancel_group_session_for_all"] | Unset = _attrs_field(
        default="cancel_group_session_for_all",
        kw_only=True,
        validator=types.tag("CancelGroupSessionForAllParams", "smb_tool_type", "cancel_group_session_for_all"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("cancel_group_session_for_all")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CancelGroupSessionRegistrationParams(Lazy, AdditionalProperties[Any]):
    """Cancel a single client's registration for a group session.

    Attributes:
        smb_tool_type:  Default: 'cancel_group_session_registration'.
    """

    smb_tool_type: Literal["cancel_group_session_registration"] | Unset = _attrs_field(
        default="cancel_group_session_registration",
        kw_only=True,
        validator=types.tag(
            "CancelGroupSessionRegistrationParams", "smb_tool_type", "cancel_group_session_registration"
        ),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("cancel_group_session_registration")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CheckServiceAvailabilityParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'check_service_availability'.
    """

    smb_tool_type: Literal["check_service_availability"] | Unset = _attrs_field(
        default="check_service_availability",
        kw_only=True,
        validator=types.tag("CheckServiceAvailabilityParams", "smb_tool_type", "check_service_availability"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("check_service_availability")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateAgentProcedureParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_agent_procedure'.
    """

    smb_tool_type: Literal["create_agent_procedure"] | Unset = _attrs_field(
        default="create_agent_procedure",
        kw_only=True,
        validator=types.tag("CreateAgentProcedureParams", "smb_tool_type", "create_agent_procedure"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_agent_procedure")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateAgentRuleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_agent_rule'.
    """

    smb_tool_type: Literal["create_agent_rule"] | Unset = _attrs_field(
        default="create_agent_rule",
        kw_only=True,
        validator=types.tag("CreateAgentRuleParams", "smb_tool_type", "create_agent_rule"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_agent_rule")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateAssetParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_asset'.
    """

    smb_tool_type: Literal["create_asset"] | Unset = _attrs_field(
        default="create_asset",
        kw_only=True,
        validator=types.tag("CreateAssetParams", "smb_tool_type", "create_asset"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_asset")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateClientAppointmentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_client_appointment'.
    """

    smb_tool_type: Literal["create_client_appointment"] | Unset = _attrs_field(
        default="create_client_appointment",
        kw_only=True,
        validator=types.tag("CreateClientAppointmentParams", "smb_tool_type", "create_client_appointment"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_client_appointment")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateClientInteractionParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_client_interaction'.
    """

    smb_tool_type: Literal["create_client_interaction"] | Unset = _attrs_field(
        default="create_client_interaction",
        kw_only=True,
        validator=types.tag("CreateClientInteractionParams", "smb_tool_type", "create_client_interaction"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_client_interaction")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateClientParams(Lazy, AdditionalProperties[Any]):
    """Create a new client in the system.

    Attributes:
        smb_tool_type:  Default: 'create_client'.
    """

    smb_tool_type: Literal["create_client"] | Unset = _attrs_field(
        default="create_client",
        kw_only=True,
        validator=types.tag("CreateClientParams", "smb_tool_type", "create_client"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_client")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateHolidayParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_holiday'.
    """

    smb_tool_type: Literal["create_holiday"] | Unset = _attrs_field(
        default="create_holiday",
        kw_only=True,
        validator=types.tag("CreateHolidayParams", "smb_tool_type", "create_holiday"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_holiday")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateLocationParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_location'.
    """

    smb_tool_type: Literal["create_location"] | Unset = _attrs_field(
        default="create_location",
        kw_only=True,
        validator=types.tag("CreateLocationParams", "smb_tool_type", "create_location"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_location")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateProductParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_product'.
    """

    smb_tool_type: Literal["create_product"] | Unset = _attrs_field(
        default="create_product",
        kw_only=True,
        validator=types.tag("CreateProductParams", "smb_tool_type", "create_product"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_product")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateServiceParams(Lazy, AdditionalProperties[Any]):
    """Create a new service (classic, rental, or group) in the system.

    Attributes:
        smb_tool_type:  Default: 'create_service'.
    """

    smb_tool_type: Literal["create_service"] | Unset = _attrs_field(
        default="create_service",
        kw_only=True,
        validator=types.tag("CreateServiceParams", "smb_tool_type", "create_service"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_service")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateStaffParams(Lazy, AdditionalProperties[Any]):
    """Create a new staff member in the system.

    Attributes:
        smb_tool_type:  Default: 'create_staff'.
    """

    smb_tool_type: Literal["create_staff"] | Unset = _attrs_field(
        default="create_staff",
        kw_only=True,
        validator=types.tag("CreateStaffParams", "smb_tool_type", "create_staff"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_staff")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateTransferRuleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_transfer_rule'.
    post_dial_digits_enabled: Whether to offer the post_dial_digits parameter, set from the receptionists'
        enable_play_keypad_touch_tone_tool config. Digits saved while that is off are dropped when the receptionist is
        built, so the parameter is hidden rather than accepted and ignored. Defaults to False on the server.
    """

    smb_tool_type: Literal["create_transfer_rule"] | Unset = _attrs_field(
        default="create_transfer_rule",
        kw_only=True,
        validator=types.tag("CreateTransferRuleParams", "smb_tool_type", "create_transfer_rule"),
    )

    post_dial_digits_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_transfer_rule")),
        Field("post_dial_digits_enabled", "post_dial_digits_enabled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteAgentProcedureParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_agent_procedure'.
    """

    smb_tool_type: Literal["delete_agent_procedure"] | Unset = _attrs_field(
        default="delete_agent_procedure",
        kw_only=True,
        validator=types.tag("DeleteAgentProcedureParams", "smb_tool_type", "delete_agent_procedure"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_agent_procedure")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteAgentRuleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_agent_rule'.
    """

    smb_tool_type: Literal["delete_agent_rule"] | Unset = _attrs_field(
        default="delete_agent_rule",
        kw_only=True,
        validator=types.tag("DeleteAgentRuleParams", "smb_tool_type", "delete_agent_rule"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_agent_rule")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteAssetParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_asset'.
    """

    smb_tool_type: Literal["delete_asset"] | Unset = _attrs_field(
        default="delete_asset",
        kw_only=True,
        validator=types.tag("DeleteAssetParams", "smb_tool_type", "delete_asset"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_asset")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteCalendarEventParams(Lazy, AdditionalProperties[Any]):
    """Permanently remove a previously-cancelled calendar event.

    This delete tool is the irreversible follow-up to cancel_calendar_event.
    The backend rejects the call (422) if the event hasn't been
    cancelled yet, so the only safe path is cancel-then-delete.

    Attributes:
        smb_tool_type:  Default: 'delete_calendar_event'.
    """

    smb_tool_type: Literal["delete_calendar_event"] | Unset = _attrs_field(
        default="delete_calendar_event",
        kw_only=True,
        validator=types.tag("DeleteCalendarEventParams", "smb_tool_type", "delete_calendar_event"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_calendar_event")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteClientInteractionParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_client_interaction'.
    """

    smb_tool_type: Literal["delete_client_interaction"] | Unset = _attrs_field(
        default="delete_client_interaction",
        kw_only=True,
        validator=types.tag("DeleteClientInteractionParams", "smb_tool_type", "delete_client_interaction"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_client_interaction")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteClientParams(Lazy, AdditionalProperties[Any]):
    """Delete a client, cascading deletion of all their appointments first.

    Attributes:
        smb_tool_type:  Default: 'delete_client'.
    """

    smb_tool_type: Literal["delete_client"] | Unset = _attrs_field(
        default="delete_client",
        kw_only=True,
        validator=types.tag("DeleteClientParams", "smb_tool_type", "delete_client"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_client")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteGroupSessionParams(Lazy, AdditionalProperties[Any]):
    """Permanently remove a previously-cancelled group session.

    Group analogue of ``delete_calendar_event``: cancel
    (``cancel_group_session_for_all``) is the soft, history-preserving step;
    this tool is the irreversible follow-up that drops the row from Mongo
    and the staff Google Calendar entirely. The backend rejects the call
    (422) if the session hasn't been cancelled yet, so the only safe path
    is cancel-then-delete.

    Attributes:
        smb_tool_type:  Default: 'delete_group_session'.
    """

    smb_tool_type: Literal["delete_group_session"] | Unset = _attrs_field(
        default="delete_group_session",
        kw_only=True,
        validator=types.tag("DeleteGroupSessionParams", "smb_tool_type", "delete_group_session"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_group_session")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteHolidayParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_holiday'.
    """

    smb_tool_type: Literal["delete_holiday"] | Unset = _attrs_field(
        default="delete_holiday",
        kw_only=True,
        validator=types.tag("DeleteHolidayParams", "smb_tool_type", "delete_holiday"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_holiday")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteLocationParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_location'.
    """

    smb_tool_type: Literal["delete_location"] | Unset = _attrs_field(
        default="delete_location",
        kw_only=True,
        validator=types.tag("DeleteLocationParams", "smb_tool_type", "delete_location"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_location")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteProductParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_product'.
    """

    smb_tool_type: Literal["delete_product"] | Unset = _attrs_field(
        default="delete_product",
        kw_only=True,
        validator=types.tag("DeleteProductParams", "smb_tool_type", "delete_product"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_product")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteServiceParams(Lazy, AdditionalProperties[Any]):
    """Delete an existing service from the system.

    Attributes:
        smb_tool_type:  Default: 'delete_service'.
    """

    smb_tool_type: Literal["delete_service"] | Unset = _attrs_field(
        default="delete_service",
        kw_only=True,
        validator=types.tag("DeleteServiceParams", "smb_tool_type", "delete_service"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_service")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteStaffParams(Lazy, AdditionalProperties[Any]):
    """Delete an existing staff member from the system.

    Attributes:
        smb_tool_type:  Default: 'delete_staff'.
    """

    smb_tool_type: Literal["delete_staff"] | Unset = _attrs_field(
        default="delete_staff",
        kw_only=True,
        validator=types.tag("DeleteStaffParams", "smb_tool_type", "delete_staff"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_staff")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DeleteTransferRuleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_transfer_rule'.
    """

    smb_tool_type: Literal["delete_transfer_rule"] | Unset = _attrs_field(
        default="delete_transfer_rule",
        kw_only=True,
        validator=types.tag("DeleteTransferRuleParams", "smb_tool_type", "delete_transfer_rule"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_transfer_rule")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetAnalyticsSummaryParams(Lazy, AdditionalProperties[Any]):
    """Get a summary of key business analytics for a time period.

    Attributes:
        smb_tool_type:  Default: 'get_analytics_summary'.
    """

    smb_tool_type: Literal["get_analytics_summary"] | Unset = _attrs_field(
        default="get_analytics_summary",
        kw_only=True,
        validator=types.tag("GetAnalyticsSummaryParams", "smb_tool_type", "get_analytics_summary"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_analytics_summary")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetAppointmentByConfirmationNumberParams(Lazy, AdditionalProperties[Any]):
    """Look up an appointment by the booking confirmation number the caller quotes.

    The confirmation number is the 8-character code shown on the booking
    confirmation page (e.g. ``#01ABCDEF``). Callers may read it back with or
    without the leading ``#`` and with varied spacing; the tool normalizes
    the input and does a prefix match on the stored calendar item id.

    Attributes:
        smb_tool_type:  Default: 'get_appointment_by_confirmation_number'.
    """

    smb_tool_type: Literal["get_appointment_by_confirmation_number"] | Unset = _attrs_field(
        default="get_appointment_by_confirmation_number",
        kw_only=True,
        validator=types.tag(
            "GetAppointmentByConfirmationNumberParams", "smb_tool_type", "get_appointment_by_confirmation_number"
        ),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_appointment_by_confirmation_number")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetBookingPageSettingsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'get_booking_page_settings'.
    """

    smb_tool_type: Literal["get_booking_page_settings"] | Unset = _attrs_field(
        default="get_booking_page_settings",
        kw_only=True,
        validator=types.tag("GetBookingPageSettingsParams", "smb_tool_type", "get_booking_page_settings"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_booking_page_settings")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetBookingSlugStatusParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'get_booking_slug_status'.
    """

    smb_tool_type: Literal["get_booking_slug_status"] | Unset = _attrs_field(
        default="get_booking_slug_status",
        kw_only=True,
        validator=types.tag("GetBookingSlugStatusParams", "smb_tool_type", "get_booking_slug_status"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_booking_slug_status")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetClientAppointmentsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'get_client_appointments'.
    include_cancelled: Defaults to False on the server.
    """

    smb_tool_type: Literal["get_client_appointments"] | Unset = _attrs_field(
        default="get_client_appointments",
        kw_only=True,
        validator=types.tag("GetClientAppointmentsParams", "smb_tool_type", "get_client_appointments"),
    )

    include_cancelled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_client_appointments")),
        Field("include_cancelled", "include_cancelled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetClientByPhoneParams(Lazy, AdditionalProperties[Any]):
    """Look up a client by their exact phone number.

    Attributes:
        smb_tool_type:  Default: 'get_client_by_phone'.
    """

    smb_tool_type: Literal["get_client_by_phone"] | Unset = _attrs_field(
        default="get_client_by_phone",
        kw_only=True,
        validator=types.tag("GetClientByPhoneParams", "smb_tool_type", "get_client_by_phone"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_client_by_phone")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetScheduleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'get_schedule'.
    include_location_filter: Defaults to False on the server.
    """

    smb_tool_type: Literal["get_schedule"] | Unset = _attrs_field(
        default="get_schedule",
        kw_only=True,
        validator=types.tag("GetScheduleParams", "smb_tool_type", "get_schedule"),
    )

    include_location_filter: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_schedule")),
        Field("include_location_filter", "include_location_filter", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class LeaveMessageParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'leave_message'.
    """

    smb_tool_type: Literal["leave_message"] | Unset = _attrs_field(
        default="leave_message",
        kw_only=True,
        validator=types.tag("LeaveMessageParams", "smb_tool_type", "leave_message"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("leave_message")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListAgentProceduresParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_agent_procedures'.
    """

    smb_tool_type: Literal["list_agent_procedures"] | Unset = _attrs_field(
        default="list_agent_procedures",
        kw_only=True,
        validator=types.tag("ListAgentProceduresParams", "smb_tool_type", "list_agent_procedures"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_agent_procedures")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListAgentReferencesParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_agent_references'.
    """

    smb_tool_type: Literal["list_agent_references"] | Unset = _attrs_field(
        default="list_agent_references",
        kw_only=True,
        validator=types.tag("ListAgentReferencesParams", "smb_tool_type", "list_agent_references"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_agent_references")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListAgentRulesParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_agent_rules'.
    """

    smb_tool_type: Literal["list_agent_rules"] | Unset = _attrs_field(
        default="list_agent_rules",
        kw_only=True,
        validator=types.tag("ListAgentRulesParams", "smb_tool_type", "list_agent_rules"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_agent_rules")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListAssetsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_assets'.
    """

    list_kwargs: ListAssetsParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_assets"] | Unset = _attrs_field(
        default="list_assets",
        kw_only=True,
        validator=types.tag("ListAssetsParams", "smb_tool_type", "list_assets"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("list_kwargs", "list_kwargs", object_of("ListAssetsParamsListKwargs")),
        Field("smb_tool_type", "smb_tool_type", const("list_assets")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListAssetsParamsListKwargs(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ListCalendarEventsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_calendar_events'.
    include_cancelled: Defaults to False on the server.
    """

    smb_tool_type: Literal["list_calendar_events"] | Unset = _attrs_field(
        default="list_calendar_events",
        kw_only=True,
        validator=types.tag("ListCalendarEventsParams", "smb_tool_type", "list_calendar_events"),
    )

    include_cancelled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_calendar_events")),
        Field("include_cancelled", "include_cancelled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListClientInteractionsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_client_interactions'.
    """

    smb_tool_type: Literal["list_client_interactions"] | Unset = _attrs_field(
        default="list_client_interactions",
        kw_only=True,
        validator=types.tag("ListClientInteractionsParams", "smb_tool_type", "list_client_interactions"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_client_interactions")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListClientsParams(Lazy, AdditionalProperties[Any]):
    """List clients ordered by most recently updated, with an optional limit.

    Attributes:
        smb_tool_type:  Default: 'list_clients'.
    """

    smb_tool_type: Literal["list_clients"] | Unset = _attrs_field(
        default="list_clients",
        kw_only=True,
        validator=types.tag("ListClientsParams", "smb_tool_type", "list_clients"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_clients")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListCustomerFacingAgentsParams(Lazy, AdditionalProperties[Any]):
    """List every customer-facing agent on the workspace.

    The assistant uses this whenever it needs to act on a specific customer-facing
    agent (rules, config edits, etc.) so it can pick the right ``agent_id`` to pass
    to mutating tools. Mirrors the ``list_services`` / ``list_clients``
    pattern: read once, then mutate by id.

    Attributes:
        smb_tool_type:  Default: 'list_customer_facing_agents'.
    """

    smb_tool_type: Literal["list_customer_facing_agents"] | Unset = _attrs_field(
        default="list_customer_facing_agents",
        kw_only=True,
        validator=types.tag("ListCustomerFacingAgentsParams", "smb_tool_type", "list_customer_facing_agents"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_customer_facing_agents")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListGroupSessionsParams(Lazy, AdditionalProperties[Any]):
    """List scheduled group sessions for a group service in a date range.

    Group services are scheduled in advance (e.g. yoga classes, workshops) and
    callers register against an existing session. Use this for group services;
    use ``check_service_availability`` for appointment / rental services.

    Attributes:
        smb_tool_type:  Default: 'list_group_sessions'.
    """

    smb_tool_type: Literal["list_group_sessions"] | Unset = _attrs_field(
        default="list_group_sessions",
        kw_only=True,
        validator=types.tag("ListGroupSessionsParams", "smb_tool_type", "list_group_sessions"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_group_sessions")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListHolidaysParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_holidays'.
    """

    smb_tool_type: Literal["list_holidays"] | Unset = _attrs_field(
        default="list_holidays",
        kw_only=True,
        validator=types.tag("ListHolidaysParams", "smb_tool_type", "list_holidays"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_holidays")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListLocationsParams(Lazy, AdditionalProperties[Any]):
    """Params + Reception-proxied ``run()`` for list_locations.

    Attributes:
        smb_tool_type:  Default: 'list_locations'.
    """

    smb_tool_type: Literal["list_locations"] | Unset = _attrs_field(
        default="list_locations",
        kw_only=True,
        validator=types.tag("ListLocationsParams", "smb_tool_type", "list_locations"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_locations")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListProductsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_products'.
    """

    list_kwargs: ListProductsParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_products"] | Unset = _attrs_field(
        default="list_products",
        kw_only=True,
        validator=types.tag("ListProductsParams", "smb_tool_type", "list_products"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("list_kwargs", "list_kwargs", object_of("ListProductsParamsListKwargs")),
        Field("smb_tool_type", "smb_tool_type", const("list_products")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListProductsParamsListKwargs(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ListServicesParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_services'.
    """

    list_kwargs: ListServicesParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_services"] | Unset = _attrs_field(
        default="list_services",
        kw_only=True,
        validator=types.tag("ListServicesParams", "smb_tool_type", "list_services"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("list_kwargs", "list_kwargs", object_of("ListServicesParamsListKwargs")),
        Field("smb_tool_type", "smb_tool_type", const("list_services")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListServicesParamsListKwargs(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ListStaffParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_staff'.
    """

    list_kwargs: ListStaffParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_staff"] | Unset = _attrs_field(
        default="list_staff",
        kw_only=True,
        validator=types.tag("ListStaffParams", "smb_tool_type", "list_staff"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("list_kwargs", "list_kwargs", object_of("ListStaffParamsListKwargs")),
        Field("smb_tool_type", "smb_tool_type", const("list_staff")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ListStaffParamsListKwargs(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ListTransferRulesParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_transfer_rules'.
    """

    smb_tool_type: Literal["list_transfer_rules"] | Unset = _attrs_field(
        default="list_transfer_rules",
        kw_only=True,
        validator=types.tag("ListTransferRulesParams", "smb_tool_type", "list_transfer_rules"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_transfer_rules")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class OptInSmsReminderParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'opt_in_sms_reminder'.
    """

    smb_tool_type: Literal["opt_in_sms_reminder"] | Unset = _attrs_field(
        default="opt_in_sms_reminder",
        kw_only=True,
        validator=types.tag("OptInSmsReminderParams", "smb_tool_type", "opt_in_sms_reminder"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("opt_in_sms_reminder")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class OptOutSmsReminderParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'opt_out_sms_reminder'.
    """

    smb_tool_type: Literal["opt_out_sms_reminder"] | Unset = _attrs_field(
        default="opt_out_sms_reminder",
        kw_only=True,
        validator=types.tag("OptOutSmsReminderParams", "smb_tool_type", "opt_out_sms_reminder"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("opt_out_sms_reminder")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RegisterForGroupSessionParams(Lazy, AdditionalProperties[Any]):
    """Register a client for a scheduled group session.

    Attributes:
        smb_tool_type:  Default: 'register_for_group_session'.
    """

    smb_tool_type: Literal["register_for_group_session"] | Unset = _attrs_field(
        default="register_for_group_session",
        kw_only=True,
        validator=types.tag("RegisterForGroupSessionParams", "smb_tool_type", "register_for_group_session"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("register_for_group_session")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ReportKnowledgeGapParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'report_knowledge_gap'.
    """

    smb_tool_type: Literal["report_knowledge_gap"] | Unset = _attrs_field(
        default="report_knowledge_gap",
        kw_only=True,
        validator=types.tag("ReportKnowledgeGapParams", "smb_tool_type", "report_knowledge_gap"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("report_knowledge_gap")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RestoreCalendarEventParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'restore_calendar_event'.
    """

    smb_tool_type: Literal["restore_calendar_event"] | Unset = _attrs_field(
        default="restore_calendar_event",
        kw_only=True,
        validator=types.tag("RestoreCalendarEventParams", "smb_tool_type", "restore_calendar_event"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("restore_calendar_event")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ScheduleGroupSessionParams(Lazy, AdditionalProperties[Any]):
    """Schedule a single instance of a group service.

    The session's duration is derived from the parent service so the assistant
    only has to pin start time, the (optional) instructor / room, and the
    location. Participants register separately via
    ``register_for_group_session``.

    Attributes:
        smb_tool_type:  Default: 'schedule_group_session'.
    """

    smb_tool_type: Literal["schedule_group_session"] | Unset = _attrs_field(
        default="schedule_group_session",
        kw_only=True,
        validator=types.tag("ScheduleGroupSessionParams", "smb_tool_type", "schedule_group_session"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("schedule_group_session")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SearchClientsParams(Lazy, AdditionalProperties[Any]):
    """Search for clients by name, phone number, or email.

    Attributes:
        smb_tool_type:  Default: 'search_clients'.
    """

    smb_tool_type: Literal["search_clients"] | Unset = _attrs_field(
        default="search_clients",
        kw_only=True,
        validator=types.tag("SearchClientsParams", "smb_tool_type", "search_clients"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("search_clients")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SetBookingSlugParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'set_booking_slug'.
    """

    smb_tool_type: Literal["set_booking_slug"] | Unset = _attrs_field(
        default="set_booking_slug",
        kw_only=True,
        validator=types.tag("SetBookingSlugParams", "smb_tool_type", "set_booking_slug"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("set_booking_slug")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SubmitBusinessInfoParams(Lazy, AdditionalProperties[Any]):
    """Finalize the onboarding interview: create a text knowledge source and mark done.

    Attributes:
        smb_tool_type:  Default: 'submit_business_info'.
    """

    smb_tool_type: Literal["submit_business_info"] | Unset = _attrs_field(
        default="submit_business_info",
        kw_only=True,
        validator=types.tag("SubmitBusinessInfoParams", "smb_tool_type", "submit_business_info"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("submit_business_info")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TriggerUserVerificationParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'trigger_user_verification'.
    """

    smb_tool_type: Literal["trigger_user_verification"] | Unset = _attrs_field(
        default="trigger_user_verification",
        kw_only=True,
        validator=types.tag("TriggerUserVerificationParams", "smb_tool_type", "trigger_user_verification"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("trigger_user_verification")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateAgentProcedureParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_agent_procedure'.
    """

    smb_tool_type: Literal["update_agent_procedure"] | Unset = _attrs_field(
        default="update_agent_procedure",
        kw_only=True,
        validator=types.tag("UpdateAgentProcedureParams", "smb_tool_type", "update_agent_procedure"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_agent_procedure")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateAgentRuleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_agent_rule'.
    """

    smb_tool_type: Literal["update_agent_rule"] | Unset = _attrs_field(
        default="update_agent_rule",
        kw_only=True,
        validator=types.tag("UpdateAgentRuleParams", "smb_tool_type", "update_agent_rule"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_agent_rule")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateAssetParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_asset'.
    """

    smb_tool_type: Literal["update_asset"] | Unset = _attrs_field(
        default="update_asset",
        kw_only=True,
        validator=types.tag("UpdateAssetParams", "smb_tool_type", "update_asset"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_asset")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateBookingPageAppearanceParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_booking_page_appearance'.
    """

    smb_tool_type: Literal["update_booking_page_appearance"] | Unset = _attrs_field(
        default="update_booking_page_appearance",
        kw_only=True,
        validator=types.tag("UpdateBookingPageAppearanceParams", "smb_tool_type", "update_booking_page_appearance"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_booking_page_appearance")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateBookingPageSettingsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_booking_page_settings'.
    """

    smb_tool_type: Literal["update_booking_page_settings"] | Unset = _attrs_field(
        default="update_booking_page_settings",
        kw_only=True,
        validator=types.tag("UpdateBookingPageSettingsParams", "smb_tool_type", "update_booking_page_settings"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_booking_page_settings")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateBusinessInfoParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_business_info'.
    """

    smb_tool_type: Literal["update_business_info"] | Unset = _attrs_field(
        default="update_business_info",
        kw_only=True,
        validator=types.tag("UpdateBusinessInfoParams", "smb_tool_type", "update_business_info"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_business_info")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateCalendarEventParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_calendar_event'.
    """

    smb_tool_type: Literal["update_calendar_event"] | Unset = _attrs_field(
        default="update_calendar_event",
        kw_only=True,
        validator=types.tag("UpdateCalendarEventParams", "smb_tool_type", "update_calendar_event"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_calendar_event")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateClientParams(Lazy, AdditionalProperties[Any]):
    """Update an existing client's information.

    Attributes:
        smb_tool_type:  Default: 'update_client'.
    """

    smb_tool_type: Literal["update_client"] | Unset = _attrs_field(
        default="update_client",
        kw_only=True,
        validator=types.tag("UpdateClientParams", "smb_tool_type", "update_client"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_client")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateCustomerFacingConfigParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_customer_facing_config'.
    """

    smb_tool_type: Literal["update_customer_facing_config"] | Unset = _attrs_field(
        default="update_customer_facing_config",
        kw_only=True,
        validator=types.tag("UpdateCustomerFacingConfigParams", "smb_tool_type", "update_customer_facing_config"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_customer_facing_config")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateGroupSessionSeatsParams(Lazy, AdditionalProperties[Any]):
    """Change the seat count of an existing group session registration.

    Attributes:
        smb_tool_type:  Default: 'update_group_session_seats'.
    """

    smb_tool_type: Literal["update_group_session_seats"] | Unset = _attrs_field(
        default="update_group_session_seats",
        kw_only=True,
        validator=types.tag("UpdateGroupSessionSeatsParams", "smb_tool_type", "update_group_session_seats"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_group_session_seats")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateHolidayParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_holiday'.
    """

    smb_tool_type: Literal["update_holiday"] | Unset = _attrs_field(
        default="update_holiday",
        kw_only=True,
        validator=types.tag("UpdateHolidayParams", "smb_tool_type", "update_holiday"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_holiday")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateLocationParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_location'.
    """

    smb_tool_type: Literal["update_location"] | Unset = _attrs_field(
        default="update_location",
        kw_only=True,
        validator=types.tag("UpdateLocationParams", "smb_tool_type", "update_location"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_location")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateProductParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_product'.
    """

    smb_tool_type: Literal["update_product"] | Unset = _attrs_field(
        default="update_product",
        kw_only=True,
        validator=types.tag("UpdateProductParams", "smb_tool_type", "update_product"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_product")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateServiceParams(Lazy, AdditionalProperties[Any]):
    """Update an existing service's information.

    Attributes:
        smb_tool_type:  Default: 'update_service'.
    """

    smb_tool_type: Literal["update_service"] | Unset = _attrs_field(
        default="update_service",
        kw_only=True,
        validator=types.tag("UpdateServiceParams", "smb_tool_type", "update_service"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_service")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateStaffParams(Lazy, AdditionalProperties[Any]):
    """Update an existing staff member's information.

    Attributes:
        smb_tool_type:  Default: 'update_staff'.
    """

    smb_tool_type: Literal["update_staff"] | Unset = _attrs_field(
        default="update_staff",
        kw_only=True,
        validator=types.tag("UpdateStaffParams", "smb_tool_type", "update_staff"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_staff")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateTransferRuleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_transfer_rule'.
    post_dial_digits_enabled: Whether to offer the post_dial_digits parameter, set from the receptionists'
        enable_play_keypad_touch_tone_tool config. Digits saved while that is off are dropped when the receptionist is
        built, so the parameter is hidden rather than accepted and ignored. Defaults to False on the server.
    """

    smb_tool_type: Literal["update_transfer_rule"] | Unset = _attrs_field(
        default="update_transfer_rule",
        kw_only=True,
        validator=types.tag("UpdateTransferRuleParams", "smb_tool_type", "update_transfer_rule"),
    )

    post_dial_digits_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_transfer_rule")),
        Field("post_dial_digits_enabled", "post_dial_digits_enabled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ValidateUserVerificationCodeParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'validate_user_verification_code'.
    """

    smb_tool_type: Literal["validate_user_verification_code"] | Unset = _attrs_field(
        default="validate_user_verification_code",
        kw_only=True,
        validator=types.tag("ValidateUserVerificationCodeParams", "smb_tool_type", "validate_user_verification_code"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("validate_user_verification_code")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.unknown_variant import UnknownVariant
