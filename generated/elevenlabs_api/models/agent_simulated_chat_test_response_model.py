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
    literal,
    object_of,
    union,
)
from ..models._literals import ChatSourceMedium, ConversationHistoryTranscriptResponseModelRoleType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentSimulatedChatTestResponseModel(Lazy, AdditionalProperties[Any]):
    simulated_conversation: list[ConversationHistoryTranscriptResponseModel]

    analysis: ConversationHistoryAnalysisCommonModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "simulated_conversation",
            "simulated_conversation",
            list_of(object_of("ConversationHistoryTranscriptResponseModel")),
            required=True,
        ),
        Field("analysis", "analysis", object_of("ConversationHistoryAnalysisCommonModel"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ContextualUpdateInfo(Lazy, AdditionalProperties[Any]):
    """Attributes:
    context_id: Client-supplied identifier grouping related contextual updates.
    is_superseded: True when this contextual update has been replaced by a newer update with the same context_id.
        Defaults to False on the server.
    """

    context_id: str

    is_superseded: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("context_id", "context_id", STR, required=True),
        Field("is_superseded", "is_superseded", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_blocked:  Default: False.
    tool_latency_secs:  Default: 0.0.
    error_type:  Default: ''.
    raw_error_message:  Default: ''.
    integration_id:  Default: ''.
    credential_id:  Default: ''.
    integration_connection_id:  Default: ''.
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel]

    type_: Literal["api_integration_webhook"] = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag(
            "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput",
            "type",
            "api_integration_webhook",
        ),
    )

    is_blocked: bool = False

    tool_latency_secs: float = 0.0

    error_type: str = ""

    raw_error_message: str = ""

    integration_id: str = ""

    credential_id: str = ""

    integration_connection_id: str = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("is_blocked", "is_blocked", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT, required=True),
        Field("error_type", "error_type", STR, required=True),
        Field("raw_error_message", "raw_error_message", STR, required=True),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
            required=True,
        ),
        Field("type_", "type", const("api_integration_webhook"), required=True),
        Field("integration_id", "integration_id", STR, required=True),
        Field("credential_id", "credential_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput, type_="type")


@_attrs_define(slots=False)
class ConversationHistoryTranscriptFileInputResponseModel(Lazy, AdditionalProperties[Any]):
    file_id: str

    original_filename: str

    mime_type: str

    file_url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file_id", "file_id", STR, required=True),
        Field("original_filename", "original_filename", STR, required=True),
        Field("mime_type", "mime_type", STR, required=True),
        Field("file_url", "file_url", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryTranscriptResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    interrupted: Defaults to False on the server.
    ignored_as_backchannel: Defaults to False on the server.
    reasoned: Defaults to False on the server.
    """

    role: ConversationHistoryTranscriptResponseModelRoleType0 | str

    time_in_call_secs: int

    agent_metadata: AgentMetadata | None | Unset = UNSET

    message: None | str | Unset = UNSET

    multivoice_message: ConversationHistoryMultivoiceMessageModel | None | Unset = UNSET

    tool_calls: list[ConversationHistoryTranscriptToolCallCommonModelOutput] | Unset = UNSET

    tool_results: (
        list[
            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput
            | ConversationHistoryTranscriptOtherToolsResultCommonModel
            | ConversationHistoryTranscriptSystemToolResultCommonModelOutput
            | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
            | UnknownVariant
        ]
        | Unset
    ) = UNSET

    feedback: None | Unset | UserFeedback = UNSET

    llm_override: None | str | Unset = UNSET

    producing_llm: None | str | Unset = UNSET

    conversation_turn_metrics: ConversationTurnMetrics | None | Unset = UNSET

    rag_retrieval_info: None | RagRetrievalInfo | Unset = UNSET

    llm_usage: LlmUsageOutput | None | Unset = UNSET

    interrupted: bool | Unset = UNSET

    ignored_as_backchannel: bool | Unset = UNSET

    original_message: None | str | Unset = UNSET

    reasoning: list[ConversationReasoningModel] | Unset = UNSET

    source_medium: ChatSourceMedium | None | str | Unset = UNSET

    source_event_id: int | None | Unset = UNSET

    used_static_kb_document_ids: list[str] | Unset = UNSET

    user_identifier: None | str | Unset = UNSET

    id: None | str | Unset = UNSET

    triggered_guardrails: list[TriggeredGuardrailCommonModel] | Unset = UNSET

    file_input: ConversationHistoryTranscriptFileInputResponseModel | None | Unset = UNSET

    contextual_update_info: ContextualUpdateInfo | None | Unset = UNSET

    reasoned: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "role", "role", union(literal("ConversationHistoryTranscriptResponseModelRoleType0"), STR), required=True
        ),
        Field("time_in_call_secs", "time_in_call_secs", INT, required=True),
        Field("agent_metadata", "agent_metadata", union(object_of("AgentMetadata"), NULL)),
        Field("message", "message", union(STR, NULL)),
        Field(
            "multivoice_message",
            "multivoice_message",
            union(object_of("ConversationHistoryMultivoiceMessageModel"), NULL),
        ),
        Field("tool_calls", "tool_calls", list_of(object_of("ConversationHistoryTranscriptToolCallCommonModelOutput"))),
        Field(
            "tool_results",
            "tool_results",
            list_of(
                union(
                    object_of("ConversationHistoryTranscriptSystemToolResultCommonModelOutput"),
                    object_of("ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput"),
                    object_of("ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput"),
                    object_of("ConversationHistoryTranscriptOtherToolsResultCommonModel"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("feedback", "feedback", union(object_of("UserFeedback"), NULL)),
        Field("llm_override", "llm_override", union(STR, NULL)),
        Field("producing_llm", "producing_llm", union(STR, NULL)),
        Field(
            "conversation_turn_metrics", "conversation_turn_metrics", union(object_of("ConversationTurnMetrics"), NULL)
        ),
        Field("rag_retrieval_info", "rag_retrieval_info", union(object_of("RagRetrievalInfo"), NULL)),
        Field("llm_usage", "llm_usage", union(object_of("LlmUsageOutput"), NULL)),
        Field("interrupted", "interrupted", BOOL),
        Field("ignored_as_backchannel", "ignored_as_backchannel", BOOL),
        Field("original_message", "original_message", union(STR, NULL)),
        Field("reasoning", "reasoning", list_of(object_of("ConversationReasoningModel"))),
        Field("source_medium", "source_medium", union(literal("ChatSourceMedium"), NULL, STR)),
        Field("source_event_id", "source_event_id", union(INT, NULL)),
        Field("used_static_kb_document_ids", "used_static_kb_document_ids", list_of(STR)),
        Field("user_identifier", "user_identifier", union(STR, NULL)),
        Field("id", "id", union(STR, NULL)),
        Field("triggered_guardrails", "triggered_guardrails", list_of(object_of("TriggeredGuardrailCommonModel"))),
        Field(
            "file_input", "file_input", union(object_of("ConversationHistoryTranscriptFileInputResponseModel"), NULL)
        ),
        Field("contextual_update_info", "contextual_update_info", union(object_of("ContextualUpdateInfo"), NULL)),
        Field("reasoned", "reasoned", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryTranscriptSystemToolResultCommonModelOutput(Lazy, AdditionalProperties[Any]):
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
        validator=types.tag("ConversationHistoryTranscriptSystemToolResultCommonModelOutput", "type", "system"),
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
        | TransferToAgentToolResultSuccessModelOutput
        | TransferToNumberResultErrorModel
        | TransferToNumberResultExotelSuccessModel
        | TransferToNumberResultSipSuccessModel
        | TransferToNumberResultTwilioSuccessModel
        | UnknownVariant
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
                object_of("TransferToAgentToolResultSuccessModelOutput"),
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
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptSystemToolResultCommonModelOutput, type_="type")


@_attrs_define(slots=False)
class TransferToAgentToolResultSuccessModelOutput(Lazy, AdditionalProperties[Any]):
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
        validator=types.tag("TransferToAgentToolResultSuccessModelOutput", "result_type", "transfer_to_agent_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModelOutput", "status", "success"),
    )

    to_node: None | str | Unset = UNSET

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    branch_info: None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | UnknownVariant | Unset = (
        UNSET
    )

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
            union(
                object_of("TransferBranchInfoTrafficSplit"),
                object_of("TransferBranchInfoDefaultingToMain"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("preserve_client_tts_overrides", "preserve_client_tts_overrides", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_metadata import AgentMetadata
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel
from ..models.conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from ..models.conversation_history_transcript_tool_call_common_model_output import (
    ConversationHistoryTranscriptToolCallCommonModelOutput,
)
from ..models.conversation_history_transcript_workflow_tools_result_common_model_output import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
)
from ..models.conversation_reasoning_model import ConversationReasoningModel
from ..models.conversation_turn_metrics import ConversationTurnMetrics
from ..models.dummy_tool_result_model import DummyToolResultModel
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
from ..models.end_call_tool_result_model import EndCallToolResultModel
from ..models.knowledge_base_rag_tool_result_model import KnowledgeBaseRagToolResultModel
from ..models.knowledge_base_tool_result_model import KnowledgeBaseToolResultModel
from ..models.language_detection_tool_result_model import LanguageDetectionToolResultModel
from ..models.llm_usage_output import LlmUsageOutput
from ..models.play_dtmf_result_error_model import PlayDtmfResultErrorModel
from ..models.play_dtmf_result_success_model import PlayDtmfResultSuccessModel
from ..models.rag_retrieval_info import RagRetrievalInfo
from ..models.skip_turn_tool_response_model import SkipTurnToolResponseModel
from ..models.test_tool_result_model import TestToolResultModel
from ..models.transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain
from ..models.transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit
from ..models.transfer_to_agent_tool_result_error_model import TransferToAgentToolResultErrorModel
from ..models.transfer_to_number_result_error_model import TransferToNumberResultErrorModel
from ..models.transfer_to_number_result_exotel_success_model import TransferToNumberResultExotelSuccessModel
from ..models.transfer_to_number_result_sip_success_model import TransferToNumberResultSipSuccessModel
from ..models.transfer_to_number_result_twilio_success_model import TransferToNumberResultTwilioSuccessModel
from ..models.triggered_guardrail_common_model import TriggeredGuardrailCommonModel
from ..models.unknown_variant import UnknownVariant
from ..models.user_feedback import UserFeedback
from ..models.voice_mail_detection_result_success_model import VoiceMailDetectionResultSuccessModel
