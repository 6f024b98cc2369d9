from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AgentDefinitionSource,
    AuthorizationMethod,
    ConversationInitiationSource,
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
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ConversationHistoryMetadataCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    termination_reason: Defaults to empty on the server.
    text_only: Defaults to False on the server.
    """

    start_time_unix_secs: int

    call_duration_secs: int

    accepted_time_unix_secs: int | None | Unset = UNSET

    cost: int | None | Unset = UNSET

    deletion_settings: ConversationDeletionSettings | Unset = UNSET

    feedback: ConversationHistoryFeedbackCommonModel | Unset = UNSET

    authorization_method: AuthorizationMethod | str | Unset = UNSET

    charging: ConversationChargingCommonModel | Unset = UNSET

    phone_call: (
        ConversationHistorySipTrunkingPhoneCallModel
        | ConversationHistoryTwilioPhoneCallModel
        | None
        | UnknownVariant
        | Unset
    ) = UNSET

    batch_call: ConversationHistoryBatchCallModel | None | Unset = UNSET

    termination_reason: str | Unset = UNSET

    error: ConversationHistoryErrorCommonModel | None | Unset = UNSET

    warnings: list[str] | Unset = UNSET

    main_language: None | str | Unset = UNSET

    rag_usage: ConversationHistoryRagUsageCommonModel | None | Unset = UNSET

    text_only: bool | Unset = UNSET

    features_usage: FeaturesUsageCommonModel | Unset = UNSET

    eleven_assistant: ConversationHistoryElevenAssistantCommonModel | Unset = UNSET

    initiator_id: None | str | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | str | Unset = UNSET

    conversation_initiation_source_version: None | str | Unset = UNSET

    timezone: None | str | Unset = UNSET

    initiation_trigger: (
        DefaultConversationInitiationTrigger | UnknownVariant | Unset | ZendeskConversationInitiationTrigger
    ) = UNSET

    async_metadata: AsyncConversationMetadata | None | Unset = UNSET

    whatsapp: None | Unset | WhatsAppConversationInfo = UNSET

    agent_created_from: AgentDefinitionSource | str | Unset = UNSET

    agent_last_updated_from: AgentDefinitionSource | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time_unix_secs", "start_time_unix_secs", INT, required=True),
        Field("call_duration_secs", "call_duration_secs", INT, required=True),
        Field("accepted_time_unix_secs", "accepted_time_unix_secs", union(INT, NULL)),
        Field("cost", "cost", union(INT, NULL)),
        Field("deletion_settings", "deletion_settings", object_of("ConversationDeletionSettings")),
        Field("feedback", "feedback", object_of("ConversationHistoryFeedbackCommonModel")),
        Field("authorization_method", "authorization_method", union(literal("AuthorizationMethod"), STR)),
        Field("charging", "charging", object_of("ConversationChargingCommonModel")),
        Field(
            "phone_call",
            "phone_call",
            union(
                object_of("ConversationHistoryTwilioPhoneCallModel"),
                object_of("ConversationHistorySipTrunkingPhoneCallModel"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("batch_call", "batch_call", union(object_of("ConversationHistoryBatchCallModel"), NULL)),
        Field("termination_reason", "termination_reason", STR),
        Field("error", "error", union(object_of("ConversationHistoryErrorCommonModel"), NULL)),
        Field("warnings", "warnings", list_of(STR)),
        Field("main_language", "main_language", union(STR, NULL)),
        Field("rag_usage", "rag_usage", union(object_of("ConversationHistoryRagUsageCommonModel"), NULL)),
        Field("text_only", "text_only", BOOL),
        Field("features_usage", "features_usage", object_of("FeaturesUsageCommonModel")),
        Field("eleven_assistant", "eleven_assistant", object_of("ConversationHistoryElevenAssistantCommonModel")),
        Field("initiator_id", "initiator_id", union(STR, NULL)),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), STR),
        ),
        Field("conversation_initiation_source_version", "conversation_initiation_source_version", union(STR, NULL)),
        Field("timezone", "timezone", union(STR, NULL)),
        Field(
            "initiation_trigger",
            "initiation_trigger",
            union(
                object_of("DefaultConversationInitiationTrigger"),
                object_of("ZendeskConversationInitiationTrigger"),
                object_of("UnknownVariant"),
            ),
        ),
        Field("async_metadata", "async_metadata", union(object_of("AsyncConversationMetadata"), NULL)),
        Field("whatsapp", "whatsapp", union(object_of("WhatsAppConversationInfo"), NULL)),
        Field("agent_created_from", "agent_created_from", union(literal("AgentDefinitionSource"), STR)),
        Field("agent_last_updated_from", "agent_last_updated_from", union(literal("AgentDefinitionSource"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.async_conversation_metadata import AsyncConversationMetadata
from ..models.conversation_charging_common_model import ConversationChargingCommonModel
from ..models.conversation_deletion_settings import ConversationDeletionSettings
from ..models.conversation_history_batch_call_model import ConversationHistoryBatchCallModel
from ..models.conversation_history_eleven_assistant_common_model import ConversationHistoryElevenAssistantCommonModel
from ..models.conversation_history_error_common_model import ConversationHistoryErrorCommonModel
from ..models.conversation_history_feedback_common_model import ConversationHistoryFeedbackCommonModel
from ..models.conversation_history_rag_usage_common_model import ConversationHistoryRagUsageCommonModel
from ..models.conversation_history_sip_trunking_phone_call_model import ConversationHistorySipTrunkingPhoneCallModel
from ..models.conversation_history_twilio_phone_call_model import ConversationHistoryTwilioPhoneCallModel
from ..models.default_conversation_initiation_trigger import DefaultConversationInitiationTrigger
from ..models.features_usage_common_model import FeaturesUsageCommonModel
from ..models.unknown_variant import UnknownVariant
from ..models.whats_app_conversation_info import WhatsAppConversationInfo
from ..models.zendesk_conversation_initiation_trigger import ZendeskConversationInitiationTrigger
