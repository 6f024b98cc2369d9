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
    ClientEvent,
    EmbeddingModelEnum,
    EntryBehavior,
    Llm,
    LlmReasoningEffort,
    TextNormalisationType,
    TransferTypeEnum,
    TtsConversationalModel,
    TtsOptimizeStreamingLatency,
    TtsOutputFormat,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentWorkflowResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'edges': {'entry_to_tool_a': {'forward_condition': {'condition': 'Tool A condition', 'type': 'llm'}, 'source':
        'entry_node', 'target': 'tool_node_a'}, 'start_to_entry': {'forward_condition': {'type': 'unconditional'},
        'source': 'start_node', 'target': 'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful':
        False, 'type': 'result'}, 'source': 'tool_node_a', 'target': 'failure_node'}, 'tool_a_to_tool_b':
        {'forward_condition': {'successful': True, 'type': 'result'}, 'source': 'tool_node_a', 'target': 'tool_node_b'},
        'tool_b_to_agent_transfer': {'forward_condition': {'type': 'unconditional'}, 'source': 'tool_node_b', 'target':
        'success_transfer'}, 'tool_b_to_conversation': {'forward_condition': {'condition': 'Conversation condition',
        'type': 'llm'}, 'source': 'tool_node_b', 'target': 'success_conversation'}, 'tool_b_to_end':
        {'forward_condition': {'condition': 'End condition', 'type': 'llm'}, 'source': 'tool_node_b', 'target':
        'success_end'}, 'tool_b_to_phone': {'forward_condition': {'expression': {'children': [{'name':
        'force_phone_transfer', 'type': 'dynamic_variable'}, {'prompt': 'Phone condition', 'type': 'llm',
        'value_schema': {'description': 'Phone condition', 'type': 'boolean'}}, {'left': {'name': 'mode', 'type':
        'dynamic_variable'}, 'right': {'type': 'string_literal', 'value': 'dev'}, 'type': 'eq_operator'}], 'type':
        'or_operator'}, 'type': 'expression'}, 'source': 'tool_node_b', 'target': 'success_phone'}}, 'nodes':
        {'entry_node': {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [],
        'conversation_config': {}, 'edge_order': ['entry_to_tool_a'], 'entry_behavior': 'auto', 'label': 'Entry',
        'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'}, 'failure_node': {'additional_knowledge_base': [],
        'additional_prompt': '', 'additional_tool_ids': [], 'conversation_config': {}, 'edge_order': [],
        'entry_behavior': 'auto', 'label': 'Failure', 'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'},
        'start_node': {'edge_order': ['start_to_entry'], 'position': {'x': 0.0, 'y': 0.0}, 'type': 'start'},
        'success_conversation': {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [],
        'conversation_config': {}, 'edge_order': [], 'entry_behavior': 'auto', 'label': 'Success A', 'position': {'x':
        0.0, 'y': 0.0}, 'type': 'override_agent'}, 'success_end': {'edge_order': [], 'position': {'x': 0.0, 'y': 0.0},
        'return_when_nested': True, 'type': 'end'}, 'success_phone': {'custom_sip_headers': [], 'edge_order': [],
        'position': {'x': 0.0, 'y': 0.0}, 'require_acceptance': False, 'transfer_destination': {'phone_number':
        '+1234567890', 'type': 'phone'}, 'transfer_type': 'conference', 'type': 'phone_number'}, 'success_transfer':
        {'agent_id': 'success_transfer_agent', 'delay_ms': 0, 'drop_history': False, 'edge_order': [],
        'enable_transferred_agent_first_message': False, 'isolate_history': False, 'position': {'x': 0.0, 'y': 0.0},
        'preserve_client_tts_overrides': False, 'type': 'standalone_agent'}, 'tool_node_a': {'edge_order':
        ['tool_a_to_failure', 'tool_a_to_tool_b'], 'position': {'x': 0.0, 'y': 0.0}, 'tools': [{'tool_id': 'tool_a'},
        {'tool_id': 'tool_b'}], 'type': 'tool'}, 'tool_node_b': {'edge_order': ['tool_b_to_conversation',
        'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'position': {'x': 0.0, 'y': 0.0}, 'tools':
        [{'tool_id': 'tool_a'}], 'type': 'tool'}}, 'prevent_subagent_loops': False}

    Attributes:
        prevent_subagent_loops: Whether to prevent loops in the workflow execution. Default: False.
    """

    edges: AgentWorkflowResponseModelEdges

    nodes: AgentWorkflowResponseModelNodes

    prevent_subagent_loops: bool = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("edges", "edges", object_of("AgentWorkflowResponseModelEdges"), required=True),
        Field("nodes", "nodes", object_of("AgentWorkflowResponseModelNodes"), required=True),
        Field("prevent_subagent_loops", "prevent_subagent_loops", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentConfigApiModelWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'disable_first_message_interruptions': False, 'dynamic_variables': {'dynamic_variable_placeholders':
        {'user_name': 'John Doe'}}, 'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt':
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}}

    Attributes:
        first_message: If non-empty, the first message the agent will say. If empty, the agent waits for the user to
            start the discussion.
        language: Language of the agent - used for ASR and TTS
        hinglish_mode: When enabled and language is Hindi, the agent will respond in Hinglish
        dynamic_variables: Configuration for dynamic variables
        disable_first_message_interruptions: If true, the user will not be able to interrupt the agent while the first
            message is being delivered.
        max_conversation_duration_message: If non-empty, the message the agent will send when max conversation duration
            is reached.
        text_behavior_overrides: Per-channel response behavior overrides for text conversations. Built-in channel
            defaults apply when unset.
        prompt: The prompt for the agent
    """

    first_message: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    hinglish_mode: bool | None | Unset = UNSET

    dynamic_variables: DynamicVariablesConfigWorkflowOverride | None | Unset = UNSET

    disable_first_message_interruptions: bool | None | Unset = UNSET

    max_conversation_duration_message: None | str | Unset = UNSET

    text_behavior_overrides: AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0 | None | Unset = UNSET

    prompt: None | PromptAgentApiModelWorkflowOverrideOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", union(STR, NULL)),
        Field("language", "language", union(STR, NULL)),
        Field("hinglish_mode", "hinglish_mode", union(BOOL, NULL)),
        Field(
            "dynamic_variables", "dynamic_variables", union(object_of("DynamicVariablesConfigWorkflowOverride"), NULL)
        ),
        Field("disable_first_message_interruptions", "disable_first_message_interruptions", union(BOOL, NULL)),
        Field("max_conversation_duration_message", "max_conversation_duration_message", union(STR, NULL)),
        Field(
            "text_behavior_overrides",
            "text_behavior_overrides",
            union(object_of("AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0"), NULL),
        ),
        Field("prompt", "prompt", union(object_of("PromptAgentApiModelWorkflowOverrideOutput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0(
    Lazy, AdditionalProperties["BehaviorOverride"]
):
    additional_properties: dict[str, BehaviorOverride] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("BehaviorOverride"))),
    )


@_attrs_define(slots=False)
class AgentWorkflowResponseModelEdges(Lazy, AdditionalProperties["WorkflowEdgeModelOutput"]):
    additional_properties: dict[str, WorkflowEdgeModelOutput] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("WorkflowEdgeModelOutput"))),
    )


@_attrs_define(slots=False)
class AgentWorkflowResponseModelNodes(
    Lazy,
    AdditionalProperties[
        "UnknownVariant | WorkflowEndNodeModelOutput | WorkflowOverrideAgentNodeModelOutput | WorkflowPhoneNumberNodeModelOutput | WorkflowStandaloneAgentNodeModelOutput | WorkflowStartNodeModelOutput | WorkflowToolNodeModelOutput"
    ],
):
    additional_properties: dict[
        str,
        UnknownVariant
        | WorkflowEndNodeModelOutput
        | WorkflowOverrideAgentNodeModelOutput
        | WorkflowPhoneNumberNodeModelOutput
        | WorkflowStandaloneAgentNodeModelOutput
        | WorkflowStartNodeModelOutput
        | WorkflowToolNodeModelOutput,
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("WorkflowStartNodeModelOutput"),
                    object_of("WorkflowEndNodeModelOutput"),
                    object_of("WorkflowPhoneNumberNodeModelOutput"),
                    object_of("WorkflowOverrideAgentNodeModelOutput"),
                    object_of("WorkflowStandaloneAgentNodeModelOutput"),
                    object_of("WorkflowToolNodeModelOutput"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
    )


@_attrs_define(slots=False)
class BuiltInToolsWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    transfer_to_agent: The transfer to agent tool
    end_call: The end call tool
    language_detection: The language detection tool
    transfer_to_number: The transfer to number tool
    skip_turn: The skip turn tool
    play_keypad_touch_tone: The play DTMF tool
    voicemail_detection: The voicemail detection tool
    """

    transfer_to_agent: None | SystemToolConfigOutput | Unset = UNSET

    end_call: None | SystemToolConfigOutput | Unset = UNSET

    language_detection: None | SystemToolConfigOutput | Unset = UNSET

    transfer_to_number: None | SystemToolConfigOutput | Unset = UNSET

    skip_turn: None | SystemToolConfigOutput | Unset = UNSET

    play_keypad_touch_tone: None | SystemToolConfigOutput | Unset = UNSET

    voicemail_detection: None | SystemToolConfigOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfer_to_agent", "transfer_to_agent", union(object_of("SystemToolConfigOutput"), NULL)),
        Field("end_call", "end_call", union(object_of("SystemToolConfigOutput"), NULL)),
        Field("language_detection", "language_detection", union(object_of("SystemToolConfigOutput"), NULL)),
        Field("transfer_to_number", "transfer_to_number", union(object_of("SystemToolConfigOutput"), NULL)),
        Field("skip_turn", "skip_turn", union(object_of("SystemToolConfigOutput"), NULL)),
        Field("play_keypad_touch_tone", "play_keypad_touch_tone", union(object_of("SystemToolConfigOutput"), NULL)),
        Field("voicemail_detection", "voicemail_detection", union(object_of("SystemToolConfigOutput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationConfigWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}

    Attributes:
        text_only: If enabled audio will not be processed and only text will be used, use to avoid audio pricing.
        max_duration_seconds: The maximum duration of a conversation in seconds
        client_events: The events that will be sent to the client
        file_input: Configuration for file input (image/PDF uploads) during conversations.
        monitoring_enabled: Enable real-time monitoring of conversations via WebSocket
        monitoring_events: The events that will be sent to monitoring connections.
        background_sound: Configuration for background sound during conversations.
        source_attribution: When enabled and knowledge base content is present, the LLM is instructed to report which
            sources it used.
    """

    text_only: bool | None | Unset = UNSET

    max_duration_seconds: int | None | Unset = UNSET

    client_events: list[ClientEvent | str] | None | Unset = UNSET

    file_input: FileInputConfigWorkflowOverride | None | Unset = UNSET

    monitoring_enabled: bool | None | Unset = UNSET

    monitoring_events: list[ClientEvent | str] | None | Unset = UNSET

    background_sound: BackgroundSoundConfigWorkflowOverride | None | Unset = UNSET

    source_attribution: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text_only", "text_only", union(BOOL, NULL)),
        Field("max_duration_seconds", "max_duration_seconds", union(INT, NULL)),
        Field("client_events", "client_events", union(list_of(union(literal("ClientEvent"), STR)), NULL)),
        Field("file_input", "file_input", union(object_of("FileInputConfigWorkflowOverride"), NULL)),
        Field("monitoring_enabled", "monitoring_enabled", union(BOOL, NULL)),
        Field("monitoring_events", "monitoring_events", union(list_of(union(literal("ClientEvent"), STR)), NULL)),
        Field("background_sound", "background_sound", union(object_of("BackgroundSoundConfigWorkflowOverride"), NULL)),
        Field("source_attribution", "source_attribution", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationalConfigApiModelWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent': {'disable_first_message_interruptions': False, 'dynamic_variables': {'dynamic_variable_placeholders':
        {'user_name': 'John Doe'}}, 'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt':
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}}, 'asr': {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high',
        'user_input_audio_format': 'pcm_16000'}, 'conversation': {'client_events': ['audio', 'interruption'],
        'max_duration_seconds': 600}, 'tts': {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2',
        'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0,
        'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn': {'interruption_ignore_term_languages': [],
        'interruption_ignore_terms': [], 'merge_with_default_ignore_terms': False, 'mode': 'turn',
        'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0, 'soft_timeout_config': {'message':
        'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message': False}, 'speculative_turn': False,
        'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal',
        'turn_model': 'turn_v3', 'turn_timeout': 7.0}, 'vad': {'background_voice_detection': False}}

    Attributes:
        asr: Configuration for conversational transcription
        turn: Configuration for turn detection
        tts: Configuration for conversational text to speech
        conversation: Configuration for conversational events
        language_presets: Language presets for conversations
        vad: Configuration for voice activity detection
        agent: Agent specific configuration
    """

    asr: AsrConversationalConfigWorkflowOverride | None | Unset = UNSET

    turn: None | TurnConfigWorkflowOverride | Unset = UNSET

    tts: None | TtsConversationalConfigWorkflowOverrideOutput | Unset = UNSET

    conversation: ConversationConfigWorkflowOverrideOutput | None | Unset = UNSET

    language_presets: ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0 | None | Unset = UNSET

    vad: None | Unset | VadConfigWorkflowOverride = UNSET

    agent: AgentConfigApiModelWorkflowOverrideOutput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asr", "asr", union(object_of("AsrConversationalConfigWorkflowOverride"), NULL)),
        Field("turn", "turn", union(object_of("TurnConfigWorkflowOverride"), NULL)),
        Field("tts", "tts", union(object_of("TtsConversationalConfigWorkflowOverrideOutput"), NULL)),
        Field("conversation", "conversation", union(object_of("ConversationConfigWorkflowOverrideOutput"), NULL)),
        Field(
            "language_presets",
            "language_presets",
            union(object_of("ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0"), NULL),
        ),
        Field("vad", "vad", union(object_of("VadConfigWorkflowOverride"), NULL)),
        Field("agent", "agent", union(object_of("AgentConfigApiModelWorkflowOverrideOutput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0(
    Lazy, AdditionalProperties["LanguagePresetOutput"]
):
    additional_properties: dict[str, LanguagePresetOutput] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("LanguagePresetOutput"))),
    )


@_attrs_define(slots=False)
class PromptAgentApiModelWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}

    Attributes:
        prompt: The prompt for the agent
        llm: The LLM to query with the prompt and the chat history. If using data residency, the LLM must be supported
            in the data residency environment
        reasoning_effort: Reasoning effort of the model. Only available for some models.
        thinking_budget: Max number of tokens used for thinking. Use 0 to turn off if supported by the model.
        enable_reasoning_summary: Enable model reasoning summaries. When disabled, we do not request summaries from
            provider if possible for faster TTFB. Not ZRM compatible.
        temperature: The temperature for the LLM. Defaults to 0. Set to null to omit the parameter from the LLM request
            entirely (useful for custom LLMs that reject the temperature field).
        max_tokens: If greater than 0, maximum number of tokens the LLM can predict
        tool_ids: A list of IDs of tools used by the agent
        built_in_tools: Built-in system tools to be used by the agent
        mcp_server_ids: A list of MCP server ids to be used by the agent
        native_mcp_server_ids: A list of Native MCP server ids to be used by the agent
        knowledge_base: A list of knowledge bases to be used by the agent
        custom_llm: Definition for a custom LLM if LLM field is set to 'CUSTOM_LLM'
        ignore_default_personality: Whether to remove the default personality lines from the system prompt
        rag: Configuration for RAG
        timezone: Timezone for displaying current time in system prompt. If set, the current time will be included in
            the system prompt using this timezone. Must be a valid timezone name (e.g., 'America/New_York', 'Europe/London',
            'UTC'). Recommended for accurate time-aware responses; without this, the agent has no knowledge of the current
            date/time unless you provide it via dynamic variables or tools, which can lead to incorrect or hallucinated time
            references.
        backup_llm_config: Configuration for backup LLM cascading. Can be disabled, use system defaults, or specify
            custom order.
        cascade_timeout_seconds: Time in seconds before cascading to backup LLM. Must be between 2 and 15 seconds.
        tools: A list of tools that the agent can use over the course of the conversation, use tool_ids instead
    """

    prompt: None | str | Unset = UNSET

    llm: Llm | None | str | Unset = UNSET

    reasoning_effort: LlmReasoningEffort | None | str | Unset = UNSET

    thinking_budget: int | None | Unset = UNSET

    enable_reasoning_summary: bool | None | Unset = UNSET

    temperature: float | None | Unset = UNSET

    max_tokens: int | None | Unset = UNSET

    tool_ids: list[str] | None | Unset = UNSET

    built_in_tools: BuiltInToolsWorkflowOverrideOutput | None | Unset = UNSET

    mcp_server_ids: list[str] | None | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    knowledge_base: list[KnowledgeBaseLocator] | None | Unset = UNSET

    custom_llm: CustomLlm | None | Unset = UNSET

    ignore_default_personality: bool | None | Unset = UNSET

    rag: None | RagConfigWorkflowOverrideOutput | Unset = UNSET

    timezone: None | str | Unset = UNSET

    backup_llm_config: BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | None | UnknownVariant | Unset = UNSET

    cascade_timeout_seconds: float | None | Unset = UNSET

    tools: (
        list[
            ApiIntegrationWebhookToolConfigOutput
            | ClientToolConfigOutput
            | McpToolConfigOutput
            | SmbToolConfig
            | SystemToolConfigOutput
            | UnknownVariant
            | WebhookToolConfigOutput
        ]
        | None
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", union(STR, NULL)),
        Field("llm", "llm", union(literal("Llm"), NULL, STR)),
        Field("reasoning_effort", "reasoning_effort", union(literal("LlmReasoningEffort"), NULL, STR)),
        Field("thinking_budget", "thinking_budget", union(INT, NULL)),
        Field("enable_reasoning_summary", "enable_reasoning_summary", union(BOOL, NULL)),
        Field("temperature", "temperature", union(FLOAT, NULL)),
        Field("max_tokens", "max_tokens", union(INT, NULL)),
        Field("tool_ids", "tool_ids", union(list_of(STR), NULL)),
        Field("built_in_tools", "built_in_tools", union(object_of("BuiltInToolsWorkflowOverrideOutput"), NULL)),
        Field("mcp_server_ids", "mcp_server_ids", union(list_of(STR), NULL)),
        Field("native_mcp_server_ids", "native_mcp_server_ids", union(list_of(STR), NULL)),
        Field("knowledge_base", "knowledge_base", union(list_of(object_of("KnowledgeBaseLocator")), NULL)),
        Field("custom_llm", "custom_llm", union(object_of("CustomLlm"), NULL)),
        Field("ignore_default_personality", "ignore_default_personality", union(BOOL, NULL)),
        Field("rag", "rag", union(object_of("RagConfigWorkflowOverrideOutput"), NULL)),
        Field("timezone", "timezone", union(STR, NULL)),
        Field(
            "backup_llm_config",
            "backup_llm_config",
            union(
                object_of("BackupLlmDefault"),
                object_of("BackupLlmDisabled"),
                object_of("BackupLlmOverride"),
                NULL,
                object_of("UnknownVariant"),
            ),
        ),
        Field("cascade_timeout_seconds", "cascade_timeout_seconds", union(FLOAT, NULL)),
        Field(
            "tools",
            "tools",
            union(
                list_of(
                    union(
                        object_of("WebhookToolConfigOutput"),
                        object_of("ClientToolConfigOutput"),
                        object_of("SystemToolConfigOutput"),
                        object_of("McpToolConfigOutput"),
                        object_of("ApiIntegrationWebhookToolConfigOutput"),
                        object_of("SmbToolConfig"),
                        object_of("UnknownVariant"),
                    )
                ),
                NULL,
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RagConfigWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    max_vector_distance: Maximum vector distance of retrieved chunks.
    max_documents_length: Maximum total length of document chunks retrieved from RAG.
    max_retrieved_rag_chunks_count: Maximum number of RAG document chunks to initially retrieve from the vector
        store. These are then further filtered by vector distance and total length.
    num_candidates: Number of candidates evaluated in ANN vector search. Higher number means better results, but
        higher latency. Minimum recommended value is 100. If disabled, the default value is used.
    query_rewrite_prompt_override: Custom prompt for rewriting user queries before RAG retrieval. The conversation
        history will be automatically appended at the end. If not set, the default prompt will be used.
    """

    enabled: bool | None | Unset = UNSET

    embedding_model: EmbeddingModelEnum | None | str | Unset = UNSET

    max_vector_distance: float | None | Unset = UNSET

    max_documents_length: int | None | Unset = UNSET

    max_retrieved_rag_chunks_count: int | None | Unset = UNSET

    num_candidates: int | None | Unset = UNSET

    query_rewrite_prompt_override: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", union(BOOL, NULL)),
        Field("embedding_model", "embedding_model", union(literal("EmbeddingModelEnum"), NULL, STR)),
        Field("max_vector_distance", "max_vector_distance", union(FLOAT, NULL)),
        Field("max_documents_length", "max_documents_length", union(INT, NULL)),
        Field("max_retrieved_rag_chunks_count", "max_retrieved_rag_chunks_count", union(INT, NULL)),
        Field("num_candidates", "num_candidates", union(INT, NULL)),
        Field("query_rewrite_prompt_override", "query_rewrite_prompt_override", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TtsConversationalConfigWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2', 'optimize_streaming_latency': 3,
        'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}

    Attributes:
        model_id: The model to use for TTS
        voice_id: The voice ID to use for TTS
        supported_voices: Additional supported voices for the agent
        expressive_mode: When enabled, applies expressive audio tags prompt. Automatically disabled for non-v3 models.
        suggested_audio_tags: Suggested audio tags to boost expressive speech (for eleven_v3 and
            eleven_v3_conversational models). The agent can still use other tags not listed here.
        agent_output_audio_format: The audio format to use for TTS
        optimize_streaming_latency: Deprecated: this field is a no-op and is ignored.
        stability: The stability of generated speech
        speed: The speed of generated speech
        similarity_boost: The similarity boost for generated speech
        text_normalisation_type: Method for converting numbers to words before converting text to speech. If set to
            SYSTEM_PROMPT, the system prompt will be updated to include normalization instructions. If set to ELEVENLABS,
            the text will be normalized after generation, incurring slight additional latency.
        pronunciation_dictionary_locators: The pronunciation dictionary locators
        enable_phoneme_tags: Opt-in to SSML phoneme tag handling for V3 models. When enabled, phoneme tags (inline and
            from pronunciation dictionaries) are parsed into inline IPA before being sent to the model.
    """

    model_id: None | str | TtsConversationalModel | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    supported_voices: list[SupportedVoice] | None | Unset = UNSET

    expressive_mode: bool | None | Unset = UNSET

    suggested_audio_tags: list[SuggestedAudioTag] | None | Unset = UNSET

    agent_output_audio_format: None | str | TtsOutputFormat | Unset = UNSET

    optimize_streaming_latency: int | None | TtsOptimizeStreamingLatency | Unset = UNSET

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    text_normalisation_type: None | str | TextNormalisationType | Unset = UNSET

    pronunciation_dictionary_locators: list[PydanticPronunciationDictionaryVersionLocator] | None | Unset = UNSET

    enable_phoneme_tags: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", union(literal("TtsConversationalModel"), NULL, STR)),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("supported_voices", "supported_voices", union(list_of(object_of("SupportedVoice")), NULL)),
        Field("expressive_mode", "expressive_mode", union(BOOL, NULL)),
        Field("suggested_audio_tags", "suggested_audio_tags", union(list_of(object_of("SuggestedAudioTag")), NULL)),
        Field("agent_output_audio_format", "agent_output_audio_format", union(literal("TtsOutputFormat"), NULL, STR)),
        Field(
            "optimize_streaming_latency",
            "optimize_streaming_latency",
            union(literal("TtsOptimizeStreamingLatency"), NULL, INT),
        ),
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
        Field("similarity_boost", "similarity_boost", union(FLOAT, NULL)),
        Field("text_normalisation_type", "text_normalisation_type", union(literal("TextNormalisationType"), NULL, STR)),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            union(list_of(object_of("PydanticPronunciationDictionaryVersionLocator")), NULL),
        ),
        Field("enable_phoneme_tags", "enable_phoneme_tags", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WorkflowEdgeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source: ID of the source node.
    target: ID of the target node.
    forward_condition: Condition that must be met for the edge to be traversed in the forward direction (source to
        target).
    backward_condition: Condition that must be met for the edge to be traversed in the backward direction (target to
        source).
    """

    source: str

    target: str

    forward_condition: (
        None
        | UnknownVariant
        | WorkflowExpressionConditionModelOutput
        | WorkflowLlmConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    ) = None

    backward_condition: (
        None
        | UnknownVariant
        | WorkflowExpressionConditionModelOutput
        | WorkflowLlmConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", STR, required=True),
        Field("target", "target", STR, required=True),
        Field(
            "forward_condition",
            "forward_condition",
            union(
                object_of("WorkflowUnconditionalModelOutput"),
                object_of("WorkflowLlmConditionModelOutput"),
                object_of("WorkflowResultConditionModelOutput"),
                object_of("WorkflowExpressionConditionModelOutput"),
                object_of("UnknownVariant"),
                NULL,
            ),
            required=True,
        ),
        Field(
            "backward_condition",
            "backward_condition",
            union(
                object_of("WorkflowUnconditionalModelOutput"),
                object_of("WorkflowLlmConditionModelOutput"),
                object_of("WorkflowResultConditionModelOutput"),
                object_of("WorkflowExpressionConditionModelOutput"),
                object_of("UnknownVariant"),
                NULL,
            ),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WorkflowEndNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'end'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    """

    position: PositionOutput

    edge_order: list[str]

    type_: Literal["end"] = _attrs_field(
        default="end",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowEndNodeModelOutput", "type", "end"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("end"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowEndNodeModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowExpressionConditionModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    label: Optional human-readable label for the condition used throughout the UI.
    type_:  Default: 'expression'.
    """

    label: None | str = _attrs_field(default=None, kw_only=True)

    expression: (
        AstAdditionOperatorNodeOutput
        | AstAndOperatorNodeOutput
        | AstBooleanNodeOutput
        | AstConditionalOperatorNodeOutput
        | AstDivisionOperatorNodeOutput
        | AstDynamicVariableNodeOutput
        | AstEqualsOperatorNodeOutput
        | AstGreaterThanOperatorNodeOutput
        | AstGreaterThanOrEqualsOperatorNodeOutput
        | AstLessThanOperatorNodeOutput
        | AstLessThanOrEqualsOperatorNodeOutput
        | AstllmNodeOutput
        | AstMultiplicationOperatorNodeOutput
        | AstNotEqualsOperatorNodeOutput
        | AstNullNodeOutput
        | AstNumberNodeOutput
        | AstOrOperatorNodeOutput
        | AstStringNodeOutput
        | AstSubtractionOperatorNodeOutput
        | UnknownVariant
    )

    type_: Literal["expression"] = _attrs_field(
        default="expression",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowExpressionConditionModelOutput", "type", "expression"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", union(STR, NULL), required=True),
        Field("type_", "type", const("expression"), required=True),
        Field(
            "expression",
            "expression",
            union(
                object_of("AstStringNodeOutput"),
                object_of("AstNumberNodeOutput"),
                object_of("AstBooleanNodeOutput"),
                object_of("AstNullNodeOutput"),
                object_of("AstllmNodeOutput"),
                object_of("AstDynamicVariableNodeOutput"),
                object_of("AstOrOperatorNodeOutput"),
                object_of("AstAndOperatorNodeOutput"),
                object_of("AstEqualsOperatorNodeOutput"),
                object_of("AstNotEqualsOperatorNodeOutput"),
                object_of("AstGreaterThanOperatorNodeOutput"),
                object_of("AstLessThanOperatorNodeOutput"),
                object_of("AstGreaterThanOrEqualsOperatorNodeOutput"),
                object_of("AstLessThanOrEqualsOperatorNodeOutput"),
                object_of("AstAdditionOperatorNodeOutput"),
                object_of("AstSubtractionOperatorNodeOutput"),
                object_of("AstMultiplicationOperatorNodeOutput"),
                object_of("AstDivisionOperatorNodeOutput"),
                object_of("AstConditionalOperatorNodeOutput"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowExpressionConditionModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowLlmConditionModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    label: Optional human-readable label for the condition used throughout the UI.
    type_:  Default: 'llm'.
    condition: Condition to evaluate
    """

    label: None | str = _attrs_field(default=None, kw_only=True)

    condition: str

    type_: Literal["llm"] = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowLlmConditionModelOutput", "type", "llm"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", union(STR, NULL), required=True),
        Field("type_", "type", const("llm"), required=True),
        Field("condition", "condition", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowLlmConditionModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowOverrideAgentNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'override_agent'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    conversation_config:  Example: {'agent': {'disable_first_message_interruptions': False, 'dynamic_variables':
        {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}, 'first_message': 'Hello, how can I help you
        today?', 'language': 'en', 'prompt': {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1,
        'prompt': 'You are a helpful assistant that can answer questions about the topic of the conversation.',
        'temperature': 0.0, 'tool_ids': [], 'tools': []}}, 'asr': {'keywords': ['hello', 'world'], 'provider':
        'scribe_realtime', 'quality': 'high', 'user_input_audio_format': 'pcm_16000'}, 'conversation': {'client_events':
        ['audio', 'interruption'], 'max_duration_seconds': 600}, 'tts': {'agent_output_audio_format': 'pcm_16000',
        'model_id': 'eleven_turbo_v2', 'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [],
        'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn':
        {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [], 'merge_with_default_ignore_terms':
        False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0,
        'soft_timeout_config': {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message':
        False}, 'speculative_turn': False, 'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False,
        'turn_eagerness': 'normal', 'turn_model': 'turn_v3', 'turn_timeout': 7.0}, 'vad': {'background_voice_detection':
        False}}.
    additional_prompt: Specific goal for this subagent. It will be added to the system prompt and can be used to
        further refine the agent's behavior in this specific context.
    additional_knowledge_base: Additional knowledge base documents that the subagent has access to. These will be
        used in addition to the main agent's documents.
    additional_tool_ids: IDs of additional tools that the subagent has access to. These will be used in addition to
        the main agent's tools.
    label: Human-readable label for the node used throughout the UI.
    entry_behavior: Dictates whether this node should immediately generate a response upon entry or wait for the
        user input. When set to "auto", the behavior will be decided based on the type of the preceding node:
        "wait_for_user" after the "say" and "start" nodes and "generate_immediately" otherwise. Default: 'auto'.
    """

    position: PositionOutput

    edge_order: list[str]

    conversation_config: ConversationalConfigApiModelWorkflowOverrideOutput

    additional_prompt: str

    additional_knowledge_base: list[KnowledgeBaseLocator]

    additional_tool_ids: list[str]

    label: str

    type_: Literal["override_agent"] = _attrs_field(
        default="override_agent",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowOverrideAgentNodeModelOutput", "type", "override_agent"),
    )

    entry_behavior: EntryBehavior | str = "auto"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("override_agent"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field(
            "conversation_config",
            "conversation_config",
            object_of("ConversationalConfigApiModelWorkflowOverrideOutput"),
            required=True,
        ),
        Field("additional_prompt", "additional_prompt", STR, required=True),
        Field(
            "additional_knowledge_base",
            "additional_knowledge_base",
            list_of(object_of("KnowledgeBaseLocator")),
            required=True,
        ),
        Field("additional_tool_ids", "additional_tool_ids", list_of(STR), required=True),
        Field("label", "label", STR, required=True),
        Field("entry_behavior", "entry_behavior", union(literal("EntryBehavior"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowOverrideAgentNodeModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowPhoneNumberNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    custom_sip_headers: Custom SIP headers to include when transferring the call. Each header can be either a static
        value or a dynamic variable reference.
    transfer_type:  Default: 'conference'.
    uui: User-to-User Information (RFC 7433) to attach to SIP REFER transfers. Carries call context such as CRM
        identifiers or escalation reason across the transfer boundary.
    post_dial_digits: DTMF digits to send after call connects (e.g., 'ww1234' for extension). Can be either a static
        value or a dynamic variable reference. Use 'w' for 0.5s pause. Only supported for Twilio transfers.
    type_:  Default: 'phone_number'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    """

    custom_sip_headers: list[CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant]

    transfer_destination: (
        PhoneNumberDynamicVariableTransferDestination
        | PhoneNumberTransferDestination
        | SipUriDynamicVariableTransferDestination
        | SipUriTransferDestination
        | UnknownVariant
    )

    uui: None | UuiTransferConfig = _attrs_field(default=None, kw_only=True)

    post_dial_digits: None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant = _attrs_field(
        default=None, kw_only=True
    )

    position: PositionOutput

    edge_order: list[str]

    transfer_type: str | TransferTypeEnum = "conference"

    type_: Literal["phone_number"] = _attrs_field(
        default="phone_number",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowPhoneNumberNodeModelOutput", "type", "phone_number"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "custom_sip_headers",
            "custom_sip_headers",
            list_of(
                union(
                    object_of("CustomSipHeader"),
                    object_of("CustomSipHeaderWithDynamicVariable"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field(
            "transfer_destination",
            "transfer_destination",
            union(
                object_of("PhoneNumberTransferDestination"),
                object_of("SipUriTransferDestination"),
                object_of("PhoneNumberDynamicVariableTransferDestination"),
                object_of("SipUriDynamicVariableTransferDestination"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("transfer_type", "transfer_type", union(literal("TransferTypeEnum"), STR), required=True),
        Field("uui", "uui", union(object_of("UuiTransferConfig"), NULL), required=True),
        Field(
            "post_dial_digits",
            "post_dial_digits",
            union(
                object_of("PostDialDigitsStatic"),
                object_of("PostDialDigitsDynamicVariable"),
                object_of("UnknownVariant"),
                NULL,
            ),
            required=True,
        ),
        Field("type_", "type", const("phone_number"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowPhoneNumberNodeModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowResultConditionModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    label: Optional human-readable label for the condition used throughout the UI.
    type_:  Default: 'result'.
    successful: Whether all tools in the previously executed tool node were executed successfully.
    """

    label: None | str = _attrs_field(default=None, kw_only=True)

    successful: bool

    type_: Literal["result"] = _attrs_field(
        default="result",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowResultConditionModelOutput", "type", "result"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", union(STR, NULL), required=True),
        Field("type_", "type", const("result"), required=True),
        Field("successful", "successful", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowResultConditionModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowStandaloneAgentNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'standalone_agent'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    agent_id: The ID of the agent to transfer the conversation to. None means transfer within the current agent.
    node_id: Optional target node ID in the destination agent's workflow. When set, the transfer starts at this node
        instead of the default entry node.
    delay_ms: Artificial delay in milliseconds applied before transferring the conversation. Default: 0.
    transfer_message: Optional message sent to the user before the transfer is initiated.
    enable_transferred_agent_first_message: Whether to enable the transferred agent to send its configured first
        message after the transfer. Default: False.
    preserve_client_tts_overrides: Defines whether TTS client overrides should be carried over to the transferred
        agent. Default: False.
    """

    position: PositionOutput

    edge_order: list[str]

    agent_id: None | str = None

    node_id: None | str = None

    transfer_message: None | str = None

    type_: Literal["standalone_agent"] = _attrs_field(
        default="standalone_agent",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowStandaloneAgentNodeModelOutput", "type", "standalone_agent"),
    )

    delay_ms: int = 0

    enable_transferred_agent_first_message: bool = False

    preserve_client_tts_overrides: bool = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("standalone_agent"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("agent_id", "agent_id", union(STR, NULL), required=True),
        Field("node_id", "node_id", union(STR, NULL), required=True),
        Field("delay_ms", "delay_ms", INT, required=True),
        Field("transfer_message", "transfer_message", union(STR, NULL), required=True),
        Field("enable_transferred_agent_first_message", "enable_transferred_agent_first_message", BOOL, required=True),
        Field("preserve_client_tts_overrides", "preserve_client_tts_overrides", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStandaloneAgentNodeModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowStartNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'start'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    """

    position: PositionOutput

    edge_order: list[str]

    type_: Literal["start"] = _attrs_field(
        default="start",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowStartNodeModelOutput", "type", "start"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("start"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStartNodeModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowToolNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'tool'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    tools: List of tools to execute in parallel. The entire node is considered successful if all tools are executed
        successfully.
    """

    position: PositionOutput

    edge_order: list[str]

    tools: list[WorkflowToolLocator]

    type_: Literal["tool"] = _attrs_field(
        default="tool",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolNodeModelOutput", "type", "tool"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("tool"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("tools", "tools", list_of(object_of("WorkflowToolLocator")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolNodeModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowUnconditionalModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    label: Optional human-readable label for the condition used throughout the UI.
    type_:  Default: 'unconditional'.
    """

    label: None | str = None

    type_: Literal["unconditional"] = _attrs_field(
        default="unconditional",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowUnconditionalModelOutput", "type", "unconditional"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", union(STR, NULL), required=True),
        Field("type_", "type", const("unconditional"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowUnconditionalModelOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_tool_config_output import ApiIntegrationWebhookToolConfigOutput
from ..models.asr_conversational_config_workflow_override import AsrConversationalConfigWorkflowOverride
from ..models.ast_addition_operator_node_output import AstAdditionOperatorNodeOutput
from ..models.ast_and_operator_node_output import AstAndOperatorNodeOutput
from ..models.ast_boolean_node_output import AstBooleanNodeOutput
from ..models.ast_conditional_operator_node_output import AstConditionalOperatorNodeOutput
from ..models.ast_division_operator_node_output import AstDivisionOperatorNodeOutput
from ..models.ast_dynamic_variable_node_output import AstDynamicVariableNodeOutput
from ..models.ast_equals_operator_node_output import AstEqualsOperatorNodeOutput
from ..models.ast_greater_than_operator_node_output import AstGreaterThanOperatorNodeOutput
from ..models.ast_greater_than_or_equals_operator_node_output import AstGreaterThanOrEqualsOperatorNodeOutput
from ..models.ast_less_than_operator_node_output import AstLessThanOperatorNodeOutput
from ..models.ast_less_than_or_equals_operator_node_output import AstLessThanOrEqualsOperatorNodeOutput
from ..models.ast_multiplication_operator_node_output import AstMultiplicationOperatorNodeOutput
from ..models.ast_not_equals_operator_node_output import AstNotEqualsOperatorNodeOutput
from ..models.ast_null_node_output import AstNullNodeOutput
from ..models.ast_number_node_output import AstNumberNodeOutput
from ..models.ast_or_operator_node_output import AstOrOperatorNodeOutput
from ..models.ast_string_node_output import AstStringNodeOutput
from ..models.ast_subtraction_operator_node_output import AstSubtractionOperatorNodeOutput
from ..models.astllm_node_output import AstllmNodeOutput
from ..models.background_sound_config_workflow_override import BackgroundSoundConfigWorkflowOverride
from ..models.backup_llm_default import BackupLlmDefault
from ..models.backup_llm_disabled import BackupLlmDisabled
from ..models.backup_llm_override import BackupLlmOverride
from ..models.behavior_override import BehaviorOverride
from ..models.client_tool_config_output import ClientToolConfigOutput
from ..models.custom_llm import CustomLlm
from ..models.custom_sip_header import CustomSipHeader
from ..models.custom_sip_header_with_dynamic_variable import CustomSipHeaderWithDynamicVariable
from ..models.dynamic_variables_config_workflow_override import DynamicVariablesConfigWorkflowOverride
from ..models.file_input_config_workflow_override import FileInputConfigWorkflowOverride
from ..models.knowledge_base_locator import KnowledgeBaseLocator
from ..models.language_preset_output import LanguagePresetOutput
from ..models.mcp_tool_config_output import McpToolConfigOutput
from ..models.phone_number_dynamic_variable_transfer_destination import PhoneNumberDynamicVariableTransferDestination
from ..models.phone_number_transfer_destination import PhoneNumberTransferDestination
from ..models.position_output import PositionOutput
from ..models.post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
from ..models.post_dial_digits_static import PostDialDigitsStatic
from ..models.pydantic_pronunciation_dictionary_version_locator import PydanticPronunciationDictionaryVersionLocator
from ..models.sip_uri_dynamic_variable_transfer_destination import SipUriDynamicVariableTransferDestination
from ..models.sip_uri_transfer_destination import SipUriTransferDestination
from ..models.smb_tool_config import SmbToolConfig
from ..models.suggested_audio_tag import SuggestedAudioTag
from ..models.supported_voice import SupportedVoice
from ..models.system_tool_config_output import SystemToolConfigOutput
from ..models.turn_config_workflow_override import TurnConfigWorkflowOverride
from ..models.unknown_variant import UnknownVariant
from ..models.uui_transfer_config import UuiTransferConfig
from ..models.vad_config_workflow_override import VadConfigWorkflowOverride
from ..models.webhook_tool_config_output import WebhookToolConfigOutput
from ..models.workflow_tool_locator import WorkflowToolLocator
