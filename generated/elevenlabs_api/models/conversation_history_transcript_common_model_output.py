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
from ..models._literals import (
    ConversationHistoryTranscriptCommonModelOutputRole,
    ConversationHistoryTranscriptCommonModelOutputSourceMedium,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptCommonModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    interrupted: Defaults to False on the server.
    """

    role: ConversationHistoryTranscriptCommonModelOutputRole | str

    time_in_call_secs: int

    agent_metadata: AgentMetadata | None | Unset = UNSET

    message: None | str | Unset = UNSET

    multivoice_message: ConversationHistoryMultivoiceMessageModel | None | Unset = UNSET

    tool_calls: list[ConversationHistoryTranscriptToolCallCommonModelOutput] | Unset = UNSET

    tool_results: (
        list[
            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
            | ConversationHistoryTranscriptOtherToolsResultCommonModel
            | ConversationHistoryTranscriptSystemToolResultCommonModel
            | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
            | UnknownVariant
        ]
        | Unset
    ) = UNSET

    feedback: None | Unset | UserFeedback = UNSET

    llm_override: None | str | Unset = UNSET

    conversation_turn_metrics: ConversationTurnMetrics | None | Unset = UNSET

    rag_retrieval_info: None | RagRetrievalInfo | Unset = UNSET

    llm_usage: LlmUsageOutput | None | Unset = UNSET

    interrupted: bool | Unset = UNSET

    original_message: None | str | Unset = UNSET

    source_medium: ConversationHistoryTranscriptCommonModelOutputSourceMedium | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("role", "role", union(literal("ConversationHistoryTranscriptCommonModelOutputRole"), STR), required=True),
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
                    object_of("ConversationHistoryTranscriptSystemToolResultCommonModel"),
                    object_of("ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel"),
                    object_of("ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput"),
                    object_of("ConversationHistoryTranscriptOtherToolsResultCommonModel"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("feedback", "feedback", union(object_of("UserFeedback"), NULL)),
        Field("llm_override", "llm_override", union(STR, NULL)),
        Field(
            "conversation_turn_metrics", "conversation_turn_metrics", union(object_of("ConversationTurnMetrics"), NULL)
        ),
        Field("rag_retrieval_info", "rag_retrieval_info", union(object_of("RagRetrievalInfo"), NULL)),
        Field("llm_usage", "llm_usage", union(object_of("LlmUsageOutput"), NULL)),
        Field("interrupted", "interrupted", BOOL),
        Field("original_message", "original_message", union(STR, NULL)),
        Field(
            "source_medium",
            "source_medium",
            union(literal("ConversationHistoryTranscriptCommonModelOutputSourceMedium"), NULL, STR),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_metadata import AgentMetadata
from ..models.conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel
from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
)
from ..models.conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from ..models.conversation_history_transcript_system_tool_result_common_model import (
    ConversationHistoryTranscriptSystemToolResultCommonModel,
)
from ..models.conversation_history_transcript_tool_call_common_model_output import (
    ConversationHistoryTranscriptToolCallCommonModelOutput,
)
from ..models.conversation_history_transcript_workflow_tools_result_common_model_output import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
)
from ..models.conversation_turn_metrics import ConversationTurnMetrics
from ..models.llm_usage_output import LlmUsageOutput
from ..models.rag_retrieval_info import RagRetrievalInfo
from ..models.unknown_variant import UnknownVariant
from ..models.user_feedback import UserFeedback
