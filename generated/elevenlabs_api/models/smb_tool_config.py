from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

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
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SmbToolConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SmbToolConfig(Lazy):
    """SMB tool configuration that wraps SMB tool parameters.

    Attributes:
        name (str):
        params (CancelCalendarEventParams | CancelGroupSessionForAllParams | CancelGroupSessionRegistrationParams |
            CheckServiceAvailabilityParams | CreateAgentProcedureParams | CreateAgentRuleParams | CreateAssetParams |
            CreateClientAppointmentParams | CreateClientInteractionParams | CreateClientParams | CreateHolidayParams |
            CreateLocationParams | CreateProductParams | CreateServiceParams | CreateStaffParams | CreateTransferRuleParams
            | DeleteAgentProcedureParams | DeleteAgentRuleParams | DeleteAssetParams | DeleteCalendarEventParams |
            DeleteClientInteractionParams | DeleteClientParams | DeleteGroupSessionParams | DeleteHolidayParams |
            DeleteLocationParams | DeleteProductParams | DeleteServiceParams | DeleteStaffParams | DeleteTransferRuleParams
            | GetAnalyticsSummaryParams | GetAppointmentByConfirmationNumberParams | GetBookingPageSettingsParams |
            GetBookingSlugStatusParams | GetClientAppointmentsParams | GetClientByPhoneParams | GetScheduleParams |
            LeaveMessageParams | ListAgentProceduresParams | ListAgentReferencesParams | ListAgentRulesParams |
            ListAssetsParams | ListCalendarEventsParams | ListClientInteractionsParams | ListClientsParams |
            ListCustomerFacingAgentsParams | ListGroupSessionsParams | ListHolidaysParams | ListLocationsParams |
            ListProductsParams | ListServicesParams | ListStaffParams | ListTransferRulesParams | OptInSmsReminderParams |
            OptOutSmsReminderParams | RegisterForGroupSessionParams | ReportKnowledgeGapParams | RestoreCalendarEventParams
            | ScheduleGroupSessionParams | SearchClientsParams | SetBookingSlugParams | SubmitBusinessInfoParams |
            TriggerUserVerificationParams | UnknownVariant | UpdateAgentProcedureParams | UpdateAgentRuleParams |
            UpdateAssetParams | UpdateBookingPageAppearanceParams | UpdateBookingPageSettingsParams |
            UpdateBusinessInfoParams | UpdateCalendarEventParams | UpdateClientParams | UpdateCustomerFacingConfigParams |
            UpdateGroupSessionSeatsParams | UpdateHolidayParams | UpdateLocationParams | UpdateProductParams |
            UpdateServiceParams | UpdateStaffParams | UpdateTransferRuleParams | ValidateUserVerificationCodeParams):
        type_ (Literal['smb'] | Unset): Tool type identifier Default: 'smb'.
        description (str | Unset): Description of when the tool should be used and what it does. Defaults to empty on
            the server.
        response_timeout_secs (int | Unset): The maximum time in seconds to wait for the tool call to complete. Defaults
            to 20 on the server.
        disable_interruptions (bool | Unset): DEPRECATED: use `interruption_mode` instead. If true, the user will not be
            able to interrupt the agent while this tool is running. Defaults to False on the server.
        interruption_mode (str | ToolInterruptionMode | Unset): Controls whether the user can interrupt the agent around
            this tool call. 'allow' (default) lets the user interrupt at any time, 'disable_during_tool' suppresses
            interruptions only while the tool is running, 'disable_during_tool_and_turn' suppresses interruptions while the
            tool runs and for the agent response that follows it. Defaults to 'allow' on the server.
        force_pre_tool_speech (bool | Unset): DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak
            before the tool call. Defaults to False on the server.
        pre_tool_speech (PreToolSpeechMode | str | Unset): Controls whether the agent speaks before this tool is called.
            'auto' (default) decides based on recent tool latency, 'force' always asks the agent to speak, 'off' fully opts
            out regardless of latency. Defaults to 'auto' on the server.
        assignments (list[DynamicVariableAssignment] | Unset): Configuration for extracting values from tool responses
            and assigning them to dynamic variables
        tool_call_sound (None | str | ToolCallSoundType | Unset): Predefined tool call sound type to play during tool
            execution. If not specified, no tool call sound will be played.
        tool_call_sound_behavior (str | ToolCallSoundBehavior | Unset): Determines when the tool call sound should play.
            'auto' only plays when there's pre-tool speech, 'always' plays for every tool call. Defaults to 'auto' on the
            server.
        tool_error_handling_mode (str | ToolErrorHandlingMode | Unset): Controls how tool errors are processed before
            being shared with the agent. 'auto' determines handling based on tool type (summarized for native integrations,
            hide for others), 'summarized' sends an LLM-generated summary, 'passthrough' sends the raw error, 'hide' does
            not share the error with the agent. Defaults to 'auto' on the server.
        human_description (str | Unset): User-facing tooltip for the procedure reference picker. Not sent to the LLM.
            Defaults to empty on the server.
        enabled (bool | Unset): Whether this tool is enabled for the agent Defaults to True on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "params",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "smb")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        params: Any
        try:
            if (
                isinstance(self.params, SearchClientsParams)
                or isinstance(self.params, ListClientsParams)
                or isinstance(self.params, GetClientByPhoneParams)
                or isinstance(self.params, CreateClientParams)
                or isinstance(self.params, UpdateClientParams)
                or isinstance(self.params, DeleteClientParams)
                or isinstance(self.params, ListStaffParams)
                or isinstance(self.params, CreateStaffParams)
                or isinstance(self.params, UpdateStaffParams)
                or isinstance(self.params, DeleteStaffParams)
                or isinstance(self.params, ListAssetsParams)
                or isinstance(self.params, CreateAssetParams)
                or isinstance(self.params, UpdateAssetParams)
                or isinstance(self.params, DeleteAssetParams)
                or isinstance(self.params, ListServicesParams)
                or isinstance(self.params, CreateServiceParams)
                or isinstance(self.params, UpdateServiceParams)
                or isinstance(self.params, DeleteServiceParams)
                or isinstance(self.params, ListProductsParams)
                or isinstance(self.params, CreateProductParams)
                or isinstance(self.params, UpdateProductParams)
                or isinstance(self.params, DeleteProductParams)
                or isinstance(self.params, CheckServiceAvailabilityParams)
                or isinstance(self.params, CreateClientAppointmentParams)
                or isinstance(self.params, GetClientAppointmentsParams)
                or isinstance(self.params, GetAppointmentByConfirmationNumberParams)
                or isinstance(self.params, ListGroupSessionsParams)
                or isinstance(self.params, ScheduleGroupSessionParams)
                or isinstance(self.params, RegisterForGroupSessionParams)
                or isinstance(self.params, CancelGroupSessionRegistrationParams)
                or isinstance(self.params, UpdateGroupSessionSeatsParams)
                or isinstance(self.params, CancelGroupSessionForAllParams)
                or isinstance(self.params, DeleteGroupSessionParams)
                or isinstance(self.params, ListCalendarEventsParams)
                or isinstance(self.params, UpdateCalendarEventParams)
                or isinstance(self.params, CancelCalendarEventParams)
                or isinstance(self.params, RestoreCalendarEventParams)
                or isinstance(self.params, DeleteCalendarEventParams)
                or isinstance(self.params, ListCustomerFacingAgentsParams)
                or isinstance(self.params, ListAgentRulesParams)
                or isinstance(self.params, CreateAgentRuleParams)
                or isinstance(self.params, UpdateAgentRuleParams)
                or isinstance(self.params, DeleteAgentRuleParams)
                or isinstance(self.params, ListTransferRulesParams)
                or isinstance(self.params, CreateTransferRuleParams)
                or isinstance(self.params, UpdateTransferRuleParams)
                or isinstance(self.params, DeleteTransferRuleParams)
                or isinstance(self.params, ListAgentProceduresParams)
                or isinstance(self.params, ListAgentReferencesParams)
                or isinstance(self.params, CreateAgentProcedureParams)
                or isinstance(self.params, UpdateAgentProcedureParams)
                or isinstance(self.params, DeleteAgentProcedureParams)
                or isinstance(self.params, ListHolidaysParams)
                or isinstance(self.params, CreateHolidayParams)
                or isinstance(self.params, UpdateHolidayParams)
                or isinstance(self.params, DeleteHolidayParams)
                or isinstance(self.params, GetScheduleParams)
                or isinstance(self.params, SubmitBusinessInfoParams)
                or isinstance(self.params, UpdateBusinessInfoParams)
                or isinstance(self.params, UpdateCustomerFacingConfigParams)
                or isinstance(self.params, GetAnalyticsSummaryParams)
                or isinstance(self.params, GetBookingPageSettingsParams)
                or isinstance(self.params, UpdateBookingPageSettingsParams)
                or isinstance(self.params, UpdateBookingPageAppearanceParams)
                or isinstance(self.params, GetBookingSlugStatusParams)
                or isinstance(self.params, SetBookingSlugParams)
                or isinstance(self.params, ListClientInteractionsParams)
                or isinstance(self.params, CreateClientInteractionParams)
                or isinstance(self.params, DeleteClientInteractionParams)
                or isinstance(self.params, ListLocationsParams)
                or isinstance(self.params, CreateLocationParams)
                or isinstance(self.params, UpdateLocationParams)
                or isinstance(self.params, DeleteLocationParams)
                or isinstance(self.params, LeaveMessageParams)
                or isinstance(self.params, ReportKnowledgeGapParams)
                or isinstance(self.params, OptInSmsReminderParams)
                or isinstance(self.params, OptOutSmsReminderParams)
                or isinstance(self.params, TriggerUserVerificationParams)
                or isinstance(self.params, ValidateUserVerificationCodeParams)
                or isinstance(self.params, UnknownVariant)
            ):
                params = self.params.to_dict()
            else:
                params = self.params

        except (AttributeError, TypeError):
            params = self.params

        type_ = self.type_

        description = self.description

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        interruption_mode: Any
        try:
            if isinstance(self.interruption_mode, Unset):
                interruption_mode = UNSET
            elif isinstance(self.interruption_mode, str):
                interruption_mode = self.interruption_mode
            else:
                interruption_mode = self.interruption_mode

        except (AttributeError, TypeError):
            interruption_mode = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: Any
        try:
            if isinstance(self.pre_tool_speech, Unset):
                pre_tool_speech = UNSET
            elif isinstance(self.pre_tool_speech, str):
                pre_tool_speech = self.pre_tool_speech
            else:
                pre_tool_speech = self.pre_tool_speech

        except (AttributeError, TypeError):
            pre_tool_speech = self.pre_tool_speech

        assignments: Any
        try:
            assignments = UNSET
            if not isinstance(self.assignments, Unset):
                assignments = []
                for assignments_item_data in self.assignments:
                    assignments_item = assignments_item_data.to_dict()
                    assignments.append(assignments_item)

        except (AttributeError, TypeError):
            assignments = self.assignments

        tool_call_sound: Any
        try:
            if isinstance(self.tool_call_sound, Unset):
                tool_call_sound = UNSET
            elif isinstance(self.tool_call_sound, str):
                tool_call_sound = self.tool_call_sound
            else:
                tool_call_sound = self.tool_call_sound

        except (AttributeError, TypeError):
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: Any
        try:
            if isinstance(self.tool_call_sound_behavior, Unset):
                tool_call_sound_behavior = UNSET
            elif isinstance(self.tool_call_sound_behavior, str):
                tool_call_sound_behavior = self.tool_call_sound_behavior
            else:
                tool_call_sound_behavior = self.tool_call_sound_behavior

        except (AttributeError, TypeError):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        tool_error_handling_mode: Any
        try:
            if isinstance(self.tool_error_handling_mode, Unset):
                tool_error_handling_mode = UNSET
            elif isinstance(self.tool_error_handling_mode, str):
                tool_error_handling_mode = self.tool_error_handling_mode
            else:
                tool_error_handling_mode = self.tool_error_handling_mode

        except (AttributeError, TypeError):
            tool_error_handling_mode = self.tool_error_handling_mode

        human_description = self.human_description

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if params is not None or "params" not in self._missing_fields:
            field_dict["params"] = params
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if tool_error_handling_mode is not UNSET:
            field_dict["tool_error_handling_mode"] = tool_error_handling_mode
        if human_description is not UNSET:
            field_dict["human_description"] = human_description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        smb_tool_config = cls.__new__(cls)
        smb_tool_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return smb_tool_config

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


def _read_type_(cls: type[SmbToolConfig], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["smb"] | Unset, type__raw)
    if type_ != "smb" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'smb', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)


def _read_params(cls: type[SmbToolConfig], d: Mapping[str, Any]) -> Any:
    params_raw = d.get("params", MISSING)
    if params_raw is MISSING:
        params = missing_field(cls, "params")
    else:
        try:

            def _parse_params(
                data: object,
            ) -> (
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
            ):
                return parse_strictly(_parse_params_member, data)

            def _parse_params_member(
                data: object,
            ) -> (
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
            ):
                if isinstance(data, dict):
                    for known in (
                        SearchClientsParams,
                        ListClientsParams,
                        GetClientByPhoneParams,
                        CreateClientParams,
                        UpdateClientParams,
                        DeleteClientParams,
                        ListStaffParams,
                        CreateStaffParams,
                        UpdateStaffParams,
                        DeleteStaffParams,
                        ListAssetsParams,
                        CreateAssetParams,
                        UpdateAssetParams,
                        DeleteAssetParams,
                        ListServicesParams,
                        CreateServiceParams,
                        UpdateServiceParams,
                        DeleteServiceParams,
                        ListProductsParams,
                        CreateProductParams,
                        UpdateProductParams,
                        DeleteProductParams,
                        CheckServiceAvailabilityParams,
                        CreateClientAppointmentParams,
                        GetClientAppointmentsParams,
                        GetAppointmentByConfirmationNumberParams,
                        ListGroupSessionsParams,
                        ScheduleGroupSessionParams,
                        RegisterForGroupSessionParams,
                        CancelGroupSessionRegistrationParams,
                        UpdateGroupSessionSeatsParams,
                        CancelGroupSessionForAllParams,
                        DeleteGroupSessionParams,
                        ListCalendarEventsParams,
                        UpdateCalendarEventParams,
                        CancelCalendarEventParams,
                        RestoreCalendarEventParams,
                        DeleteCalendarEventParams,
                        ListCustomerFacingAgentsParams,
                        ListAgentRulesParams,
                        CreateAgentRuleParams,
                        UpdateAgentRuleParams,
                        DeleteAgentRuleParams,
                        ListTransferRulesParams,
                        CreateTransferRuleParams,
                        UpdateTransferRuleParams,
                        DeleteTransferRuleParams,
                        ListAgentProceduresParams,
                        ListAgentReferencesParams,
                        CreateAgentProcedureParams,
                        UpdateAgentProcedureParams,
                        DeleteAgentProcedureParams,
                        ListHolidaysParams,
                        CreateHolidayParams,
                        UpdateHolidayParams,
                        DeleteHolidayParams,
                        GetScheduleParams,
                        SubmitBusinessInfoParams,
                        UpdateBusinessInfoParams,
                        UpdateCustomerFacingConfigParams,
                        GetAnalyticsSummaryParams,
                        GetBookingPageSettingsParams,
                        UpdateBookingPageSettingsParams,
                        UpdateBookingPageAppearanceParams,
                        GetBookingSlugStatusParams,
                        SetBookingSlugParams,
                        ListClientInteractionsParams,
                        CreateClientInteractionParams,
                        DeleteClientInteractionParams,
                        ListLocationsParams,
                        CreateLocationParams,
                        UpdateLocationParams,
                        DeleteLocationParams,
                        LeaveMessageParams,
                        ReportKnowledgeGapParams,
                        OptInSmsReminderParams,
                        OptOutSmsReminderParams,
                        TriggerUserVerificationParams,
                        ValidateUserVerificationCodeParams,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_0 = SearchClientsParams.from_dict(data)

                    return params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_1 = ListClientsParams.from_dict(data)

                    return params_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_2 = GetClientByPhoneParams.from_dict(data)

                    return params_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_3 = CreateClientParams.from_dict(data)

                    return params_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_4 = UpdateClientParams.from_dict(data)

                    return params_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_5 = DeleteClientParams.from_dict(data)

                    return params_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_6 = ListStaffParams.from_dict(data)

                    return params_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_7 = CreateStaffParams.from_dict(data)

                    return params_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_8 = UpdateStaffParams.from_dict(data)

                    return params_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_9 = DeleteStaffParams.from_dict(data)

                    return params_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_10 = ListAssetsParams.from_dict(data)

                    return params_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_11 = CreateAssetParams.from_dict(data)

                    return params_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_12 = UpdateAssetParams.from_dict(data)

                    return params_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_13 = DeleteAssetParams.from_dict(data)

                    return params_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_14 = ListServicesParams.from_dict(data)

                    return params_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_15 = CreateServiceParams.from_dict(data)

                    return params_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_16 = UpdateServiceParams.from_dict(data)

                    return params_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_17 = DeleteServiceParams.from_dict(data)

                    return params_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_18 = ListProductsParams.from_dict(data)

                    return params_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_19 = CreateProductParams.from_dict(data)

                    return params_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_20 = UpdateProductParams.from_dict(data)

                    return params_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_21 = DeleteProductParams.from_dict(data)

                    return params_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_22 = CheckServiceAvailabilityParams.from_dict(data)

                    return params_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_23 = CreateClientAppointmentParams.from_dict(data)

                    return params_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_24 = GetClientAppointmentsParams.from_dict(data)

                    return params_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_25 = GetAppointmentByConfirmationNumberParams.from_dict(data)

                    return params_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_26 = ListGroupSessionsParams.from_dict(data)

                    return params_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_27 = ScheduleGroupSessionParams.from_dict(data)

                    return params_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_28 = RegisterForGroupSessionParams.from_dict(data)

                    return params_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_29 = CancelGroupSessionRegistrationParams.from_dict(data)

                    return params_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_30 = UpdateGroupSessionSeatsParams.from_dict(data)

                    return params_type_30
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_31 = CancelGroupSessionForAllParams.from_dict(data)

                    return params_type_31
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_32 = DeleteGroupSessionParams.from_dict(data)

                    return params_type_32
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_33 = ListCalendarEventsParams.from_dict(data)

                    return params_type_33
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_34 = UpdateCalendarEventParams.from_dict(data)

                    return params_type_34
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_35 = CancelCalendarEventParams.from_dict(data)

                    return params_type_35
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_36 = RestoreCalendarEventParams.from_dict(data)

                    return params_type_36
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_37 = DeleteCalendarEventParams.from_dict(data)

                    return params_type_37
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_38 = ListCustomerFacingAgentsParams.from_dict(data)

                    return params_type_38
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_39 = ListAgentRulesParams.from_dict(data)

                    return params_type_39
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_40 = CreateAgentRuleParams.from_dict(data)

                    return params_type_40
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_41 = UpdateAgentRuleParams.from_dict(data)

                    return params_type_41
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_42 = DeleteAgentRuleParams.from_dict(data)

                    return params_type_42
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_43 = ListTransferRulesParams.from_dict(data)

                    return params_type_43
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_44 = CreateTransferRuleParams.from_dict(data)

                    return params_type_44
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_45 = UpdateTransferRuleParams.from_dict(data)

                    return params_type_45
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_46 = DeleteTransferRuleParams.from_dict(data)

                    return params_type_46
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_47 = ListAgentProceduresParams.from_dict(data)

                    return params_type_47
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_48 = ListAgentReferencesParams.from_dict(data)

                    return params_type_48
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_49 = CreateAgentProcedureParams.from_dict(data)

                    return params_type_49
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_50 = UpdateAgentProcedureParams.from_dict(data)

                    return params_type_50
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_51 = DeleteAgentProcedureParams.from_dict(data)

                    return params_type_51
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_52 = ListHolidaysParams.from_dict(data)

                    return params_type_52
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_53 = CreateHolidayParams.from_dict(data)

                    return params_type_53
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_54 = UpdateHolidayParams.from_dict(data)

                    return params_type_54
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_55 = DeleteHolidayParams.from_dict(data)

                    return params_type_55
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_56 = GetScheduleParams.from_dict(data)

                    return params_type_56
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_57 = SubmitBusinessInfoParams.from_dict(data)

                    return params_type_57
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_58 = UpdateBusinessInfoParams.from_dict(data)

                    return params_type_58
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_59 = UpdateCustomerFacingConfigParams.from_dict(data)

                    return params_type_59
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_60 = GetAnalyticsSummaryParams.from_dict(data)

                    return params_type_60
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_61 = GetBookingPageSettingsParams.from_dict(data)

                    return params_type_61
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_62 = UpdateBookingPageSettingsParams.from_dict(data)

                    return params_type_62
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_63 = UpdateBookingPageAppearanceParams.from_dict(data)

                    return params_type_63
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_64 = GetBookingSlugStatusParams.from_dict(data)

                    return params_type_64
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_65 = SetBookingSlugParams.from_dict(data)

                    return params_type_65
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_66 = ListClientInteractionsParams.from_dict(data)

                    return params_type_66
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_67 = CreateClientInteractionParams.from_dict(data)

                    return params_type_67
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_68 = DeleteClientInteractionParams.from_dict(data)

                    return params_type_68
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_69 = ListLocationsParams.from_dict(data)

                    return params_type_69
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_70 = CreateLocationParams.from_dict(data)

                    return params_type_70
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_71 = UpdateLocationParams.from_dict(data)

                    return params_type_71
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_72 = DeleteLocationParams.from_dict(data)

                    return params_type_72
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_73 = LeaveMessageParams.from_dict(data)

                    return params_type_73
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_74 = ReportKnowledgeGapParams.from_dict(data)

                    return params_type_74
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_75 = OptInSmsReminderParams.from_dict(data)

                    return params_type_75
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_76 = OptOutSmsReminderParams.from_dict(data)

                    return params_type_76
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_77 = TriggerUserVerificationParams.from_dict(data)

                    return params_type_77
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_78 = ValidateUserVerificationCodeParams.from_dict(data)

                    return params_type_78
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                params_type_79 = UnknownVariant.from_dict(data)

                return params_type_79

            params = _parse_params(params_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            params = deviating_field(cls, "params", params_raw)

    return params


_read_description = plain_reader("description", (str,), "a string", False)

_read_response_timeout_secs = plain_reader("response_timeout_secs", (int,), "an integer", False)

_read_disable_interruptions = plain_reader("disable_interruptions", (bool,), "a boolean", False)

_read_interruption_mode = plain_reader("interruption_mode", (str,), "a string", False)

_read_force_pre_tool_speech = plain_reader("force_pre_tool_speech", (bool,), "a boolean", False)

_read_pre_tool_speech = plain_reader("pre_tool_speech", (str,), "a string", False)


def _read_assignments(cls: type[SmbToolConfig], d: Mapping[str, Any]) -> Any:
    assignments_raw = d.get("assignments", UNSET)
    try:
        expect_array("assignments", assignments_raw)
        _assignments = assignments_raw
        assignments: list[DynamicVariableAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = DynamicVariableAssignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        assignments = deviating_field(cls, "assignments", assignments_raw)

    return assignments


_read_tool_call_sound = plain_reader(
    "tool_call_sound",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_tool_call_sound_behavior = plain_reader("tool_call_sound_behavior", (str,), "a string", False)

_read_tool_error_handling_mode = plain_reader("tool_error_handling_mode", (str,), "a string", False)

_read_human_description = plain_reader("human_description", (str,), "a string", False)

_read_enabled = plain_reader("enabled", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "params",
        "type",
        "description",
        "response_timeout_secs",
        "disable_interruptions",
        "interruption_mode",
        "force_pre_tool_speech",
        "pre_tool_speech",
        "assignments",
        "tool_call_sound",
        "tool_call_sound_behavior",
        "tool_error_handling_mode",
        "human_description",
        "enabled",
    )
)


def _read_additional_properties(cls: type[SmbToolConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SmbToolConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "params" in known:
        params = known["params"]
    else:
        params = _read_params(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not UNSET:
        description = _read_description(cls, d)

    response_timeout_secs = d.get("response_timeout_secs", UNSET)
    if response_timeout_secs.__class__ is not int and response_timeout_secs is not UNSET:
        response_timeout_secs = _read_response_timeout_secs(cls, d)

    disable_interruptions = d.get("disable_interruptions", UNSET)
    if disable_interruptions.__class__ is not bool and disable_interruptions is not UNSET:
        disable_interruptions = _read_disable_interruptions(cls, d)

    interruption_mode = d.get("interruption_mode", UNSET)
    if interruption_mode.__class__ is not str and interruption_mode is not UNSET:
        interruption_mode = _read_interruption_mode(cls, d)

    force_pre_tool_speech = d.get("force_pre_tool_speech", UNSET)
    if force_pre_tool_speech.__class__ is not bool and force_pre_tool_speech is not UNSET:
        force_pre_tool_speech = _read_force_pre_tool_speech(cls, d)

    pre_tool_speech = d.get("pre_tool_speech", UNSET)
    if pre_tool_speech.__class__ is not str and pre_tool_speech is not UNSET:
        pre_tool_speech = _read_pre_tool_speech(cls, d)

    if "assignments" in known:
        assignments = known["assignments"]
    else:
        assignments = d.get("assignments", UNSET)
        if assignments is not UNSET:
            assignments = _read_assignments(cls, d)

    tool_call_sound = d.get("tool_call_sound", UNSET)
    if tool_call_sound is not None and tool_call_sound.__class__ is not str and tool_call_sound is not UNSET:
        tool_call_sound = _read_tool_call_sound(cls, d)

    tool_call_sound_behavior = d.get("tool_call_sound_behavior", UNSET)
    if tool_call_sound_behavior.__class__ is not str and tool_call_sound_behavior is not UNSET:
        tool_call_sound_behavior = _read_tool_call_sound_behavior(cls, d)

    tool_error_handling_mode = d.get("tool_error_handling_mode", UNSET)
    if tool_error_handling_mode.__class__ is not str and tool_error_handling_mode is not UNSET:
        tool_error_handling_mode = _read_tool_error_handling_mode(cls, d)

    human_description = d.get("human_description", UNSET)
    if human_description.__class__ is not str and human_description is not UNSET:
        human_description = _read_human_description(cls, d)

    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    return {
        "name": name,
        "params": params,
        "type_": type_,
        "description": description,
        "response_timeout_secs": response_timeout_secs,
        "disable_interruptions": disable_interruptions,
        "interruption_mode": interruption_mode,
        "force_pre_tool_speech": force_pre_tool_speech,
        "pre_tool_speech": pre_tool_speech,
        "assignments": assignments,
        "tool_call_sound": tool_call_sound,
        "tool_call_sound_behavior": tool_call_sound_behavior,
        "tool_error_handling_mode": tool_error_handling_mode,
        "human_description": human_description,
        "enabled": enabled,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SmbToolConfig, type_="type")

set_readers(
    SmbToolConfig,
    _all_fields,
    {
        "name": _read_name,
        "params": _read_params,
        "type_": _read_type_,
        "description": _read_description,
        "response_timeout_secs": _read_response_timeout_secs,
        "disable_interruptions": _read_disable_interruptions,
        "interruption_mode": _read_interruption_mode,
        "force_pre_tool_speech": _read_force_pre_tool_speech,
        "pre_tool_speech": _read_pre_tool_speech,
        "assignments": _read_assignments,
        "tool_call_sound": _read_tool_call_sound,
        "tool_call_sound_behavior": _read_tool_call_sound_behavior,
        "tool_error_handling_mode": _read_tool_error_handling_mode,
        "human_description": _read_human_description,
        "enabled": _read_enabled,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


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
