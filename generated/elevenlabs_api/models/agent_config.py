from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import EmbeddingModelEnum, Llm, LlmReasoningEffort
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentConfig(Lazy, AdditionalProperties[Any]):
    """Example:
        {'disable_first_message_interruptions': False, 'first_message': 'Hello, how can I help you today?', 'language':
        'en'}

    Attributes:
        first_message: If non-empty, the first message the agent will say. If empty, the agent waits for the user to
            start the discussion. Defaults to empty on the server.
        language: Language of the agent - used for ASR and TTS Defaults to 'en' on the server.
        hinglish_mode: When enabled and language is Hindi, the agent will respond in Hinglish Defaults to False on the
            server.
        dynamic_variables:  Example: {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}.
        disable_first_message_interruptions: If true, the user will not be able to interrupt the agent while the first
            message is being delivered. Defaults to False on the server.
        max_conversation_duration_message: If non-empty, the message the agent will send when max conversation duration
            is reached. Defaults to empty on the server.
        text_behavior_overrides: Per-channel response behavior overrides for text conversations. Built-in channel
            defaults apply when unset.
        prompt:  Example: {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a
            helpful assistant that can answer questions about the topic of the conversation.', 'temperature': 0.0,
            'tool_ids': [], 'tools': []}.
    """

    first_message: str | Unset = UNSET

    language: str | Unset = UNSET

    hinglish_mode: bool | Unset = UNSET

    dynamic_variables: DynamicVariablesConfig | Unset = UNSET

    disable_first_message_interruptions: bool | Unset = UNSET

    max_conversation_duration_message: str | Unset = UNSET

    text_behavior_overrides: AgentConfigTextBehaviorOverridesType0 | None | Unset = UNSET

    prompt: PromptAgentApiModelInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", STR),
        Field("language", "language", STR),
        Field("hinglish_mode", "hinglish_mode", BOOL),
        Field("dynamic_variables", "dynamic_variables", object_of("DynamicVariablesConfig")),
        Field("disable_first_message_interruptions", "disable_first_message_interruptions", BOOL),
        Field("max_conversation_duration_message", "max_conversation_duration_message", STR),
        Field(
            "text_behavior_overrides",
            "text_behavior_overrides",
            union(object_of("AgentConfigTextBehaviorOverridesType0"), NULL),
        ),
        Field("prompt", "prompt", object_of("PromptAgentApiModelInput")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentConfigTextBehaviorOverridesType0(Lazy, AdditionalProperties["BehaviorOverride"]):
    additional_properties: dict[str, BehaviorOverride] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("BehaviorOverride"))),
    )


@_attrs_define(slots=False)
class BuiltInToolsInput(Lazy, AdditionalProperties[Any]):
    """System tools a conversational agent can be given.

    Deliberately not named ConversationalBuiltInTools: BuiltInToolsInput and
    BuiltInToolsOutput are part of the public API spec and the generated SDKs.

    Attributes:
        transfer_to_agent: The transfer to agent tool
        end_call: The end call tool
        language_detection: The language detection tool
        transfer_to_number: The transfer to number tool
        skip_turn: The skip turn tool
        play_keypad_touch_tone: The play DTMF tool
        voicemail_detection: The voicemail detection tool
    """

    transfer_to_agent: None | SystemToolConfigInput | Unset = UNSET

    end_call: None | SystemToolConfigInput | Unset = UNSET

    language_detection: None | SystemToolConfigInput | Unset = UNSET

    transfer_to_number: None | SystemToolConfigInput | Unset = UNSET

    skip_turn: None | SystemToolConfigInput | Unset = UNSET

    play_keypad_touch_tone: None | SystemToolConfigInput | Unset = UNSET

    voicemail_detection: None | SystemToolConfigInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfer_to_agent", "transfer_to_agent", union(object_of("SystemToolConfigInput"), NULL)),
        Field("end_call", "end_call", union(object_of("SystemToolConfigInput"), NULL)),
        Field("language_detection", "language_detection", union(object_of("SystemToolConfigInput"), NULL)),
        Field("transfer_to_number", "transfer_to_number", union(object_of("SystemToolConfigInput"), NULL)),
        Field("skip_turn", "skip_turn", union(object_of("SystemToolConfigInput"), NULL)),
        Field("play_keypad_touch_tone", "play_keypad_touch_tone", union(object_of("SystemToolConfigInput"), NULL)),
        Field("voicemail_detection", "voicemail_detection", union(object_of("SystemToolConfigInput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PromptAgentApiModelInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}

    Attributes:
        prompt: The prompt for the agent Defaults to empty on the server.
        reasoning_effort: Reasoning effort of the model. Only available for some models.
        thinking_budget: Max number of tokens used for thinking. Use 0 to turn off if supported by the model.
        enable_reasoning_summary: Enable model reasoning summaries. When disabled, we do not request summaries from
            provider if possible for faster TTFB. Not ZRM compatible. Defaults to False on the server.
        temperature: The temperature for the LLM. Defaults to 0. Set to null to omit the parameter from the LLM request
            entirely (useful for custom LLMs that reject the temperature field). Defaults to 0.0 on the server.
        max_tokens: If greater than 0, maximum number of tokens the LLM can predict Defaults to -1 on the server.
        tool_ids: A list of IDs of tools used by the agent
        built_in_tools: System tools a conversational agent can be given.

            Deliberately not named ConversationalBuiltInTools: BuiltInToolsInput and
            BuiltInToolsOutput are part of the public API spec and the generated SDKs.
        mcp_server_ids: A list of MCP server ids to be used by the agent
        native_mcp_server_ids: A list of Native MCP server ids to be used by the agent
        knowledge_base: A list of knowledge bases to be used by the agent
        custom_llm: Definition for a custom LLM if LLM field is set to 'CUSTOM_LLM'
        ignore_default_personality: Whether to remove the default personality lines from the system prompt Defaults to
            True on the server.
        timezone: Timezone for displaying current time in system prompt. If set, the current time will be included in
            the system prompt using this timezone. Must be a valid timezone name (e.g., 'America/New_York', 'Europe/London',
            'UTC'). Recommended for accurate time-aware responses; without this, the agent has no knowledge of the current
            date/time unless you provide it via dynamic variables or tools, which can lead to incorrect or hallucinated time
            references.
        backup_llm_config: Configuration for backup LLM cascading. Can be disabled, use system defaults, or specify
            custom order.
        cascade_timeout_seconds: Time in seconds before cascading to backup LLM. Must be between 2 and 15 seconds.
            Defaults to 4.0 on the server.
        tools: A list of tools that the agent can use over the course of the conversation, use tool_ids instead
    """

    prompt: str | Unset = UNSET

    llm: Llm | Unset = UNSET

    reasoning_effort: LlmReasoningEffort | None | Unset = UNSET

    thinking_budget: int | None | Unset = UNSET

    enable_reasoning_summary: bool | Unset = UNSET

    temperature: float | None | Unset = UNSET

    max_tokens: int | Unset = UNSET

    tool_ids: list[str] | Unset = UNSET

    built_in_tools: BuiltInToolsInput | Unset = UNSET

    mcp_server_ids: list[str] | Unset = UNSET

    native_mcp_server_ids: list[str] | Unset = UNSET

    knowledge_base: list[KnowledgeBaseLocator] | Unset = UNSET

    custom_llm: CustomLlm | None | Unset = UNSET

    ignore_default_personality: bool | None | Unset = UNSET

    rag: RagConfigInput | Unset = UNSET

    timezone: None | str | Unset = UNSET

    backup_llm_config: BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | Unset = UNSET

    cascade_timeout_seconds: float | Unset = UNSET

    tools: (
        list[
            ApiIntegrationWebhookToolConfigInput
            | ClientToolConfigInput
            | McpToolConfigInput
            | SmbToolConfig
            | SystemToolConfigInput
            | WebhookToolConfigInput
        ]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR),
        Field("llm", "llm", literal("Llm")),
        Field("reasoning_effort", "reasoning_effort", union(literal("LlmReasoningEffort"), NULL)),
        Field("thinking_budget", "thinking_budget", union(INT, NULL)),
        Field("enable_reasoning_summary", "enable_reasoning_summary", BOOL),
        Field("temperature", "temperature", union(FLOAT, NULL)),
        Field("max_tokens", "max_tokens", INT),
        Field("tool_ids", "tool_ids", list_of(STR)),
        Field("built_in_tools", "built_in_tools", object_of("BuiltInToolsInput")),
        Field("mcp_server_ids", "mcp_server_ids", list_of(STR)),
        Field("native_mcp_server_ids", "native_mcp_server_ids", list_of(STR)),
        Field("knowledge_base", "knowledge_base", list_of(object_of("KnowledgeBaseLocator"))),
        Field("custom_llm", "custom_llm", union(object_of("CustomLlm"), NULL)),
        Field("ignore_default_personality", "ignore_default_personality", union(BOOL, NULL)),
        Field("rag", "rag", object_of("RagConfigInput")),
        Field("timezone", "timezone", union(STR, NULL)),
        Field(
            "backup_llm_config",
            "backup_llm_config",
            union(object_of("BackupLlmDefault"), object_of("BackupLlmDisabled"), object_of("BackupLlmOverride")),
        ),
        Field("cascade_timeout_seconds", "cascade_timeout_seconds", FLOAT),
        Field(
            "tools",
            "tools",
            list_of(
                union(
                    object_of("WebhookToolConfigInput"),
                    object_of("ClientToolConfigInput"),
                    object_of("SystemToolConfigInput"),
                    object_of("McpToolConfigInput"),
                    object_of("ApiIntegrationWebhookToolConfigInput"),
                    object_of("SmbToolConfig"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RagConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: Defaults to False on the server.
    max_vector_distance: Maximum vector distance of retrieved chunks. Defaults to 0.6 on the server.
    max_documents_length: Maximum total length of document chunks retrieved from RAG. Defaults to 50000 on the
        server.
    max_retrieved_rag_chunks_count: Maximum number of RAG document chunks to initially retrieve from the vector
        store. These are then further filtered by vector distance and total length. Defaults to 20 on the server.
    num_candidates: Number of candidates evaluated in ANN vector search. Higher number means better results, but
        higher latency. Minimum recommended value is 100. If disabled, the default value is used.
    query_rewrite_prompt_override: Custom prompt for rewriting user queries before RAG retrieval. The conversation
        history will be automatically appended at the end. If not set, the default prompt will be used.
    """

    enabled: bool | Unset = UNSET

    embedding_model: EmbeddingModelEnum | Unset = UNSET

    max_vector_distance: float | Unset = UNSET

    max_documents_length: int | Unset = UNSET

    max_retrieved_rag_chunks_count: int | Unset = UNSET

    num_candidates: int | None | Unset = UNSET

    query_rewrite_prompt_override: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("embedding_model", "embedding_model", literal("EmbeddingModelEnum")),
        Field("max_vector_distance", "max_vector_distance", FLOAT),
        Field("max_documents_length", "max_documents_length", INT),
        Field("max_retrieved_rag_chunks_count", "max_retrieved_rag_chunks_count", INT),
        Field("num_candidates", "num_candidates", union(INT, NULL)),
        Field("query_rewrite_prompt_override", "query_rewrite_prompt_override", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_tool_config_input import ApiIntegrationWebhookToolConfigInput
from ..models.backup_llm_default import BackupLlmDefault
from ..models.backup_llm_disabled import BackupLlmDisabled
from ..models.backup_llm_override import BackupLlmOverride
from ..models.behavior_override import BehaviorOverride
from ..models.client_tool_config_input import ClientToolConfigInput
from ..models.custom_llm import CustomLlm
from ..models.dynamic_variables_config import DynamicVariablesConfig
from ..models.knowledge_base_locator import KnowledgeBaseLocator
from ..models.mcp_tool_config_input import McpToolConfigInput
from ..models.smb_tool_config import SmbToolConfig
from ..models.system_tool_config_input import SystemToolConfigInput
from ..models.webhook_tool_config_input import WebhookToolConfigInput
