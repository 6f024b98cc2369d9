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
from ..models._literals import (
    AgentDefinitionSource,
    AsyncConversationMetadataDeliveryStatus,
    AuthorizationMethod,
    ConversationFeedbackType,
    ConversationHistorySipTrunkingPhoneCallModelDirection,
    ConversationHistoryTwilioPhoneCallModelDirection,
    ConversationInitiationSource,
    GetConversationResponseModelStatus,
    UserFeedbackScore,
    WhatsAppConversationInfoDirection,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetConversationResponseModel(Lazy, AdditionalProperties[Any]):
    agent_id: str

    conversation_id: str

    status: GetConversationResponseModelStatus | str

    transcript: list[ConversationHistoryTranscriptCommonModelOutput]

    metadata: ConversationHistoryMetadataCommonModel

    has_audio: bool

    has_user_audio: bool

    has_response_audio: bool

    user_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    analysis: ConversationHistoryAnalysisCommonModel | None | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequestOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("status", "status", union(literal("GetConversationResponseModelStatus"), STR), required=True),
        Field(
            "transcript",
            "transcript",
            list_of(object_of("ConversationHistoryTranscriptCommonModelOutput")),
            required=True,
        ),
        Field("metadata", "metadata", object_of("ConversationHistoryMetadataCommonModel"), required=True),
        Field("has_audio", "has_audio", BOOL, required=True),
        Field("has_user_audio", "has_user_audio", BOOL, required=True),
        Field("has_response_audio", "has_response_audio", BOOL, required=True),
        Field("user_id", "user_id", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("analysis", "analysis", union(object_of("ConversationHistoryAnalysisCommonModel"), NULL)),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            object_of("ConversationInitiationClientDataRequestOutput"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AsyncConversationMetadata(Lazy, AdditionalProperties[Any]):
    """Attributes:
    retry_count: Defaults to 0 on the server.
    """

    delivery_status: AsyncConversationMetadataDeliveryStatus | str

    delivery_timestamp: int

    external_system: str

    external_id: str

    delivery_error: None | str | Unset = UNSET

    retry_count: int | Unset = UNSET

    last_retry_timestamp: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "delivery_status",
            "delivery_status",
            union(literal("AsyncConversationMetadataDeliveryStatus"), STR),
            required=True,
        ),
        Field("delivery_timestamp", "delivery_timestamp", INT, required=True),
        Field("external_system", "external_system", STR, required=True),
        Field("external_id", "external_id", STR, required=True),
        Field("delivery_error", "delivery_error", union(STR, NULL)),
        Field("retry_count", "retry_count", INT),
        Field("last_retry_timestamp", "last_retry_timestamp", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationChargingCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    dev_discount: Defaults to False on the server.
    is_burst: Defaults to False on the server.
    free_minutes_consumed: Defaults to 0 on the server.
    free_llm_dollars_consumed: Defaults to 0 on the server.
    """

    dev_discount: bool | Unset = UNSET

    is_burst: bool | Unset = UNSET

    tier: None | str | Unset = UNSET

    llm_usage: LlmCategoryUsage | Unset = UNSET

    llm_price: float | None | Unset = UNSET

    llm_charge: int | None | Unset = UNSET

    call_charge: int | None | Unset = UNSET

    free_minutes_consumed: float | Unset = UNSET

    free_llm_dollars_consumed: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dev_discount", "dev_discount", BOOL),
        Field("is_burst", "is_burst", BOOL),
        Field("tier", "tier", union(STR, NULL)),
        Field("llm_usage", "llm_usage", object_of("LlmCategoryUsage")),
        Field("llm_price", "llm_price", union(FLOAT, NULL)),
        Field("llm_charge", "llm_charge", union(INT, NULL)),
        Field("call_charge", "call_charge", union(INT, NULL)),
        Field("free_minutes_consumed", "free_minutes_consumed", FLOAT),
        Field("free_llm_dollars_consumed", "free_llm_dollars_consumed", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationDeletionSettings(Lazy, AdditionalProperties[Any]):
    """Attributes:
    delete_transcript_and_pii: Defaults to False on the server.
    delete_audio: Defaults to False on the server.
    """

    deletion_time_unix_secs: int | None | Unset = UNSET

    deleted_logs_at_time_unix_secs: int | None | Unset = UNSET

    deleted_audio_at_time_unix_secs: int | None | Unset = UNSET

    deleted_transcript_at_time_unix_secs: int | None | Unset = UNSET

    delete_transcript_and_pii: bool | Unset = UNSET

    delete_audio: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("deletion_time_unix_secs", "deletion_time_unix_secs", union(INT, NULL)),
        Field("deleted_logs_at_time_unix_secs", "deleted_logs_at_time_unix_secs", union(INT, NULL)),
        Field("deleted_audio_at_time_unix_secs", "deleted_audio_at_time_unix_secs", union(INT, NULL)),
        Field("deleted_transcript_at_time_unix_secs", "deleted_transcript_at_time_unix_secs", union(INT, NULL)),
        Field("delete_transcript_and_pii", "delete_transcript_and_pii", BOOL),
        Field("delete_audio", "delete_audio", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryBatchCallModel(Lazy, AdditionalProperties[Any]):
    batch_call_id: str

    batch_call_recipient_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("batch_call_id", "batch_call_id", STR, required=True),
        Field("batch_call_recipient_id", "batch_call_recipient_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryElevenAssistantCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_eleven_assistant: Defaults to False on the server.
    """

    is_eleven_assistant: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_eleven_assistant", "is_eleven_assistant", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryErrorCommonModel(Lazy, AdditionalProperties[Any]):
    code: int

    reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", INT, required=True),
        Field("reason", "reason", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryFeedbackCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    likes: Defaults to 0 on the server.
    dislikes: Defaults to 0 on the server.
    """

    type_: ConversationFeedbackType | None | str | Unset = UNSET

    overall_score: None | str | Unset | UserFeedbackScore = UNSET

    likes: int | Unset = UNSET

    dislikes: int | Unset = UNSET

    rating: int | None | Unset = UNSET

    comment: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("ConversationFeedbackType"), NULL, STR)),
        Field("overall_score", "overall_score", union(literal("UserFeedbackScore"), NULL, STR)),
        Field("likes", "likes", INT),
        Field("dislikes", "dislikes", INT),
        Field("rating", "rating", union(INT, NULL)),
        Field("comment", "comment", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class ConversationHistoryRagUsageCommonModel(Lazy, AdditionalProperties[Any]):
    usage_count: int

    embedding_model: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("usage_count", "usage_count", INT, required=True),
        Field("embedding_model", "embedding_model", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistorySipTrunkingPhoneCallModel(Lazy, AdditionalProperties[Any]):
    direction: ConversationHistorySipTrunkingPhoneCallModelDirection | str

    phone_number_id: str

    agent_number: str

    external_number: str

    type_: Literal["sip_trunking"] = _attrs_field(
        default="sip_trunking",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistorySipTrunkingPhoneCallModel", "type", "sip_trunking"),
    )

    call_sid: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "direction",
            "direction",
            union(literal("ConversationHistorySipTrunkingPhoneCallModelDirection"), STR),
            required=True,
        ),
        Field("phone_number_id", "phone_number_id", STR, required=True),
        Field("agent_number", "agent_number", STR, required=True),
        Field("external_number", "external_number", STR, required=True),
        Field("type_", "type", const("sip_trunking"), required=True),
        Field("call_sid", "call_sid", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistorySipTrunkingPhoneCallModel, type_="type")


@_attrs_define(slots=False)
class ConversationHistoryTwilioPhoneCallModel(Lazy, AdditionalProperties[Any]):
    direction: ConversationHistoryTwilioPhoneCallModelDirection | str

    phone_number_id: str

    agent_number: str

    external_number: str

    type_: Literal["twilio"] = _attrs_field(
        default="twilio",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryTwilioPhoneCallModel", "type", "twilio"),
    )

    stream_sid: str

    call_sid: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "direction",
            "direction",
            union(literal("ConversationHistoryTwilioPhoneCallModelDirection"), STR),
            required=True,
        ),
        Field("phone_number_id", "phone_number_id", STR, required=True),
        Field("agent_number", "agent_number", STR, required=True),
        Field("external_number", "external_number", STR, required=True),
        Field("type_", "type", const("twilio"), required=True),
        Field("stream_sid", "stream_sid", STR, required=True),
        Field("call_sid", "call_sid", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTwilioPhoneCallModel, type_="type")


@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    user_id: ID of the end user participating in this conversation (for agent owner's user identification)
    """

    conversation_config_override: ConversationConfigClientOverrideOutput | Unset = UNSET

    custom_llm_extra_body: ConversationInitiationClientDataRequestOutputCustomLlmExtraBody | Unset = UNSET

    user_id: None | str | Unset = UNSET

    source_info: ConversationInitiationSourceInfo | Unset = UNSET

    dynamic_variables: ConversationInitiationClientDataRequestOutputDynamicVariables | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_config_override",
            "conversation_config_override",
            object_of("ConversationConfigClientOverrideOutput"),
        ),
        Field(
            "custom_llm_extra_body",
            "custom_llm_extra_body",
            object_of("ConversationInitiationClientDataRequestOutputCustomLlmExtraBody"),
        ),
        Field("user_id", "user_id", union(STR, NULL)),
        Field("source_info", "source_info", object_of("ConversationInitiationSourceInfo")),
        Field(
            "dynamic_variables",
            "dynamic_variables",
            object_of("ConversationInitiationClientDataRequestOutputDynamicVariables"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestOutputCustomLlmExtraBody(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestOutputDynamicVariables(
    Lazy, AdditionalProperties["bool | float | int | None | str"]
):
    additional_properties: dict[str, bool | float | int | None | str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(union(STR, FLOAT, INT, BOOL, NULL))),
    )


@_attrs_define(slots=False)
class DefaultConversationInitiationTrigger(Lazy, AdditionalProperties[Any]):
    trigger_type: Literal["default"] | Unset = _attrs_field(
        default="default",
        kw_only=True,
        validator=types.tag("DefaultConversationInitiationTrigger", "trigger_type", "default"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("trigger_type", "trigger_type", const("default")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class FeaturesUsageCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    pii_zrm_workspace: Defaults to False on the server.
    pii_zrm_agent: Defaults to False on the server.
    is_livekit: Defaults to False on the server.
    """

    language_detection: FeatureStatusCommonModel | Unset = UNSET

    transfer_to_agent: FeatureStatusCommonModel | Unset = UNSET

    transfer_to_number: FeatureStatusCommonModel | Unset = UNSET

    multivoice: FeatureStatusCommonModel | Unset = UNSET

    dtmf_tones: FeatureStatusCommonModel | Unset = UNSET

    external_mcp_servers: FeatureStatusCommonModel | Unset = UNSET

    pii_zrm_workspace: bool | Unset = UNSET

    pii_zrm_agent: bool | Unset = UNSET

    tool_dynamic_variable_updates: FeatureStatusCommonModel | Unset = UNSET

    is_livekit: bool | Unset = UNSET

    voicemail_detection: FeatureStatusCommonModel | Unset = UNSET

    workflow: WorkflowFeaturesUsageCommonModel | Unset = UNSET

    agent_testing: TestsFeatureUsageCommonModel | Unset = UNSET

    versioning: FeatureStatusCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language_detection", "language_detection", object_of("FeatureStatusCommonModel")),
        Field("transfer_to_agent", "transfer_to_agent", object_of("FeatureStatusCommonModel")),
        Field("transfer_to_number", "transfer_to_number", object_of("FeatureStatusCommonModel")),
        Field("multivoice", "multivoice", object_of("FeatureStatusCommonModel")),
        Field("dtmf_tones", "dtmf_tones", object_of("FeatureStatusCommonModel")),
        Field("external_mcp_servers", "external_mcp_servers", object_of("FeatureStatusCommonModel")),
        Field("pii_zrm_workspace", "pii_zrm_workspace", BOOL),
        Field("pii_zrm_agent", "pii_zrm_agent", BOOL),
        Field("tool_dynamic_variable_updates", "tool_dynamic_variable_updates", object_of("FeatureStatusCommonModel")),
        Field("is_livekit", "is_livekit", BOOL),
        Field("voicemail_detection", "voicemail_detection", object_of("FeatureStatusCommonModel")),
        Field("workflow", "workflow", object_of("WorkflowFeaturesUsageCommonModel")),
        Field("agent_testing", "agent_testing", object_of("TestsFeatureUsageCommonModel")),
        Field("versioning", "versioning", object_of("FeatureStatusCommonModel")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class LlmCategoryUsage(Lazy, AdditionalProperties[Any]):
    irreversible_generation: LlmUsageOutput | Unset = UNSET

    initiated_generation: LlmUsageOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("irreversible_generation", "irreversible_generation", object_of("LlmUsageOutput")),
        Field("initiated_generation", "initiated_generation", object_of("LlmUsageOutput")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TestsFeatureUsageCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: Defaults to False on the server.
    tests_ran_after_last_modification: Defaults to False on the server.
    tests_ran_in_last_7_days: Defaults to False on the server.
    """

    enabled: bool | Unset = UNSET

    tests_ran_after_last_modification: bool | Unset = UNSET

    tests_ran_in_last_7_days: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("tests_ran_after_last_modification", "tests_ran_after_last_modification", BOOL),
        Field("tests_ran_in_last_7_days", "tests_ran_in_last_7_days", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WhatsAppConversationInfo(Lazy, AdditionalProperties[Any]):
    whatsapp_user_id: str

    direction: str | Unset | WhatsAppConversationInfoDirection = UNSET

    whatsapp_phone_number_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("whatsapp_user_id", "whatsapp_user_id", STR, required=True),
        Field("direction", "direction", union(literal("WhatsAppConversationInfoDirection"), STR)),
        Field("whatsapp_phone_number_id", "whatsapp_phone_number_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WorkflowFeaturesUsageCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: Defaults to False on the server.
    """

    enabled: bool | Unset = UNSET

    tool_node: FeatureStatusCommonModel | Unset = UNSET

    standalone_agent_node: FeatureStatusCommonModel | Unset = UNSET

    phone_number_node: FeatureStatusCommonModel | Unset = UNSET

    end_node: FeatureStatusCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("tool_node", "tool_node", object_of("FeatureStatusCommonModel")),
        Field("standalone_agent_node", "standalone_agent_node", object_of("FeatureStatusCommonModel")),
        Field("phone_number_node", "phone_number_node", object_of("FeatureStatusCommonModel")),
        Field("end_node", "end_node", object_of("FeatureStatusCommonModel")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ZendeskConversationInitiationTrigger(Lazy, AdditionalProperties[Any]):
    ticket_id: int

    trigger_type: Literal["zendesk"] | Unset = _attrs_field(
        default="zendesk",
        kw_only=True,
        validator=types.tag("ZendeskConversationInitiationTrigger", "trigger_type", "zendesk"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ticket_id", "ticket_id", INT, required=True),
        Field("trigger_type", "trigger_type", const("zendesk")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_output import ConversationConfigClientOverrideOutput
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.conversation_initiation_source_info import ConversationInitiationSourceInfo
from ..models.feature_status_common_model import FeatureStatusCommonModel
from ..models.llm_usage_output import LlmUsageOutput
from ..models.unknown_variant import UnknownVariant
