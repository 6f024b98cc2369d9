from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm, LlmReasoningEffort
from ..types import (
    ANY,
    BOOL,
    FLOAT,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_tool_config_input import ApiIntegrationWebhookToolConfigInput
from ..models.backup_llm_default import BackupLlmDefault
from ..models.backup_llm_disabled import BackupLlmDisabled
from ..models.backup_llm_override import BackupLlmOverride
from ..models.built_in_tools_input import BuiltInToolsInput
from ..models.client_tool_config_input import ClientToolConfigInput
from ..models.custom_llm import CustomLlm
from ..models.knowledge_base_locator import KnowledgeBaseLocator
from ..models.mcp_tool_config_input import McpToolConfigInput
from ..models.rag_config_input import RagConfigInput
from ..models.smb_tool_config import SmbToolConfig
from ..models.system_tool_config_input import SystemToolConfigInput
from ..models.webhook_tool_config_input import WebhookToolConfigInput
