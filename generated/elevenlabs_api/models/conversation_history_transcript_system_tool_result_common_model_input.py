from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptSystemToolResultCommonModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_blocked: Defaults to False on the server.
    tool_latency_secs: Defaults to 0 on the server.
    error_type: Defaults to empty on the server.
    raw_error_message: Defaults to empty on the server.
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    type_: Literal["system"] = _attrs_field(
        default="system",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryTranscriptSystemToolResultCommonModelInput", "type", "system"),
    )

    is_blocked: bool | Unset = UNSET

    tool_latency_secs: float | Unset = UNSET

    error_type: str | Unset = UNSET

    raw_error_message: str | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    result: (
        DummyToolResultModel
        | EndCallToolResultModel
        | KnowledgeBaseRagToolResultModel
        | KnowledgeBaseToolResultModel
        | LanguageDetectionToolResultModel
        | None
        | PlayDtmfResultErrorModel
        | PlayDtmfResultSuccessModel
        | SkipTurnToolResponseModel
        | TestToolResultModel
        | TransferToAgentToolResultErrorModel
        | TransferToAgentToolResultSuccessModelInput
        | TransferToNumberResultErrorModel
        | TransferToNumberResultExotelSuccessModel
        | TransferToNumberResultSipSuccessModel
        | TransferToNumberResultTwilioSuccessModel
        | Unset
        | VoiceMailDetectionResultSuccessModel
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("type_", "type", const("system"), required=True),
        Field("is_blocked", "is_blocked", BOOL),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT),
        Field("error_type", "error_type", STR),
        Field("raw_error_message", "raw_error_message", STR),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
        ),
        Field(
            "result",
            "result",
            union(
                object_of("EndCallToolResultModel"),
                object_of("LanguageDetectionToolResultModel"),
                object_of("TransferToAgentToolResultSuccessModelInput"),
                object_of("TransferToAgentToolResultErrorModel"),
                object_of("TransferToNumberResultTwilioSuccessModel"),
                object_of("TransferToNumberResultSipSuccessModel"),
                object_of("TransferToNumberResultExotelSuccessModel"),
                object_of("TransferToNumberResultErrorModel"),
                object_of("SkipTurnToolResponseModel"),
                object_of("PlayDtmfResultSuccessModel"),
                object_of("PlayDtmfResultErrorModel"),
                object_of("VoiceMailDetectionResultSuccessModel"),
                object_of("TestToolResultModel"),
                object_of("KnowledgeBaseRagToolResultModel"),
                object_of("KnowledgeBaseToolResultModel"),
                object_of("DummyToolResultModel"),
                NULL,
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptSystemToolResultCommonModelInput, type_="type")


@_attrs_define(slots=False)
class TransferToAgentToolResultSuccessModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    result_type:  Default: 'transfer_to_agent_success'.
    status:  Default: 'success'.
    delay_ms: Defaults to 0 on the server.
    enable_transferred_agent_first_message: Defaults to False on the server.
    preserve_client_tts_overrides: Defaults to False on the server.
    """

    from_agent: str

    to_agent: str

    condition: str

    result_type: Literal["transfer_to_agent_success"] | Unset = _attrs_field(
        default="transfer_to_agent_success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModelInput", "result_type", "transfer_to_agent_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModelInput", "status", "success"),
    )

    to_node: None | str | Unset = UNSET

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    branch_info: None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | Unset = UNSET

    preserve_client_tts_overrides: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("from_agent", "from_agent", STR, required=True),
        Field("to_agent", "to_agent", STR, required=True),
        Field("condition", "condition", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_agent_success")),
        Field("status", "status", const("success")),
        Field("to_node", "to_node", union(STR, NULL)),
        Field("delay_ms", "delay_ms", INT),
        Field("transfer_message", "transfer_message", union(STR, NULL)),
        Field("enable_transferred_agent_first_message", "enable_transferred_agent_first_message", BOOL),
        Field(
            "branch_info",
            "branch_info",
            union(object_of("TransferBranchInfoTrafficSplit"), object_of("TransferBranchInfoDefaultingToMain"), NULL),
        ),
        Field("preserve_client_tts_overrides", "preserve_client_tts_overrides", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dummy_tool_result_model import DummyToolResultModel
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
from ..models.end_call_tool_result_model import EndCallToolResultModel
from ..models.knowledge_base_rag_tool_result_model import KnowledgeBaseRagToolResultModel
from ..models.knowledge_base_tool_result_model import KnowledgeBaseToolResultModel
from ..models.language_detection_tool_result_model import LanguageDetectionToolResultModel
from ..models.play_dtmf_result_error_model import PlayDtmfResultErrorModel
from ..models.play_dtmf_result_success_model import PlayDtmfResultSuccessModel
from ..models.skip_turn_tool_response_model import SkipTurnToolResponseModel
from ..models.test_tool_result_model import TestToolResultModel
from ..models.transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain
from ..models.transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit
from ..models.transfer_to_agent_tool_result_error_model import TransferToAgentToolResultErrorModel
from ..models.transfer_to_number_result_error_model import TransferToNumberResultErrorModel
from ..models.transfer_to_number_result_exotel_success_model import TransferToNumberResultExotelSuccessModel
from ..models.transfer_to_number_result_sip_success_model import TransferToNumberResultSipSuccessModel
from ..models.transfer_to_number_result_twilio_success_model import TransferToNumberResultTwilioSuccessModel
from ..models.voice_mail_detection_result_success_model import VoiceMailDetectionResultSuccessModel
