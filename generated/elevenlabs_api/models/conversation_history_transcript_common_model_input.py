from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ChatSourceMedium, ConversationHistoryTranscriptCommonModelInputRole
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptCommonModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    interrupted: Defaults to False on the server.
    ignored_as_backchannel: Defaults to False on the server.
    """

    role: ConversationHistoryTranscriptCommonModelInputRole

    time_in_call_secs: int

    agent_metadata: AgentMetadata | None | Unset = UNSET

    message: None | str | Unset = UNSET

    multivoice_message: ConversationHistoryMultivoiceMessageModel | None | Unset = UNSET

    tool_calls: list[ConversationHistoryTranscriptToolCallCommonModelInput] | Unset = UNSET

    tool_results: (
        list[
            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
            | ConversationHistoryTranscriptOtherToolsResultCommonModel
            | ConversationHistoryTranscriptSystemToolResultCommonModelInput
            | ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput
        ]
        | Unset
    ) = UNSET

    feedback: None | Unset | UserFeedback = UNSET

    llm_override: None | str | Unset = UNSET

    producing_llm: None | str | Unset = UNSET

    conversation_turn_metrics: ConversationTurnMetrics | None | Unset = UNSET

    rag_retrieval_info: None | RagRetrievalInfo | Unset = UNSET

    llm_usage: LlmUsageInput | None | Unset = UNSET

    interrupted: bool | Unset = UNSET

    ignored_as_backchannel: bool | Unset = UNSET

    original_message: None | str | Unset = UNSET

    reasoning: list[ConversationReasoningModel] | Unset = UNSET

    source_medium: ChatSourceMedium | None | Unset = UNSET

    source_event_id: int | None | Unset = UNSET

    used_static_kb_document_ids: list[str] | Unset = UNSET

    user_identifier: None | str | Unset = UNSET

    id: None | str | Unset = UNSET

    triggered_guardrails: list[TriggeredGuardrailCommonModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("role", "role", literal("ConversationHistoryTranscriptCommonModelInputRole"), required=True),
        Field("time_in_call_secs", "time_in_call_secs", INT, required=True),
        Field("agent_metadata", "agent_metadata", union(object_of("AgentMetadata"), NULL)),
        Field("message", "message", union(STR, NULL)),
        Field(
            "multivoice_message",
            "multivoice_message",
            union(object_of("ConversationHistoryMultivoiceMessageModel"), NULL),
        ),
        Field("tool_calls", "tool_calls", list_of(object_of("ConversationHistoryTranscriptToolCallCommonModelInput"))),
        Field(
            "tool_results",
            "tool_results",
            list_of(
                union(
                    object_of("ConversationHistoryTranscriptSystemToolResultCommonModelInput"),
                    object_of("ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput"),
                    object_of("ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput"),
                    object_of("ConversationHistoryTranscriptOtherToolsResultCommonModel"),
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
        Field("llm_usage", "llm_usage", union(object_of("LlmUsageInput"), NULL)),
        Field("interrupted", "interrupted", BOOL),
        Field("ignored_as_backchannel", "ignored_as_backchannel", BOOL),
        Field("original_message", "original_message", union(STR, NULL)),
        Field("reasoning", "reasoning", list_of(object_of("ConversationReasoningModel"))),
        Field("source_medium", "source_medium", union(literal("ChatSourceMedium"), NULL)),
        Field("source_event_id", "source_event_id", union(INT, NULL)),
        Field("used_static_kb_document_ids", "used_static_kb_document_ids", list_of(STR)),
        Field("user_identifier", "user_identifier", union(STR, NULL)),
        Field("id", "id", union(STR, NULL)),
        Field("triggered_guardrails", "triggered_guardrails", list_of(object_of("TriggeredGuardrailCommonModel"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class LlmUsageInput(Lazy, AdditionalProperties[Any]):
    model_usage: LlmUsageInputModelUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_usage", "model_usage", object_of("LlmUsageInputModelUsage")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class LlmUsageInputModelUsage(Lazy, AdditionalProperties["LlmInputOutputTokensUsage"]):
    additional_properties: dict[str, LlmInputOutputTokensUsage] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("LlmInputOutputTokensUsage"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_metadata import AgentMetadata
from ..models.conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel
from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model_input import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,
)
from ..models.conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from ..models.conversation_history_transcript_system_tool_result_common_model_input import (
    ConversationHistoryTranscriptSystemToolResultCommonModelInput,
)
from ..models.conversation_history_transcript_tool_call_common_model_input import (
    ConversationHistoryTranscriptToolCallCommonModelInput,
)
from ..models.conversation_history_transcript_workflow_tools_result_common_model_input import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput,
)
from ..models.conversation_reasoning_model import ConversationReasoningModel
from ..models.conversation_turn_metrics import ConversationTurnMetrics
from ..models.llm_input_output_tokens_usage import LlmInputOutputTokensUsage
from ..models.rag_retrieval_info import RagRetrievalInfo
from ..models.triggered_guardrail_common_model import TriggeredGuardrailCommonModel
from ..models.user_feedback import UserFeedback
