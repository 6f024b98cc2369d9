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
class PromptAgentApiModelWorkflowOverrideInput(Lazy, AdditionalProperties[Any]):
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

    llm: Llm | None | Unset = UNSET

    reasoning_effort: LlmReasoningEffort | None | Unset = UNSET

    thinking_budget: int | None | Unset = UNSET

    enable_reasoning_summary: bool | None | Unset = UNSET

    temperature: float | None | Unset = UNSET

    max_tokens: int | None | Unset = UNSET

    tool_ids: list[str] | None | Unset = UNSET

    built_in_tools: BuiltInToolsWorkflowOverrideInput | None | Unset = UNSET

    mcp_server_ids: list[str] | None | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    knowledge_base: list[KnowledgeBaseLocator] | None | Unset = UNSET

    custom_llm: CustomLlm | None | Unset = UNSET

    ignore_default_personality: bool | None | Unset = UNSET

    rag: None | RagConfigWorkflowOverrideInput | Unset = UNSET

    timezone: None | str | Unset = UNSET

    backup_llm_config: BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | None | Unset = UNSET

    cascade_timeout_seconds: float | None | Unset = UNSET

    tools: (
        list[
            ApiIntegrationWebhookToolConfigInput
            | ClientToolConfigInput
            | McpToolConfigInput
            | SmbToolConfig
            | SystemToolConfigInput
            | WebhookToolConfigInput
        ]
        | None
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", union(STR, NULL)),
        Field("llm", "llm", union(literal("Llm"), NULL)),
        Field("reasoning_effort", "reasoning_effort", union(literal("LlmReasoningEffort"), NULL)),
        Field("thinking_budget", "thinking_budget", union(INT, NULL)),
        Field("enable_reasoning_summary", "enable_reasoning_summary", union(BOOL, NULL)),
        Field("temperature", "temperature", union(FLOAT, NULL)),
        Field("max_tokens", "max_tokens", union(INT, NULL)),
        Field("tool_ids", "tool_ids", union(list_of(STR), NULL)),
        Field("built_in_tools", "built_in_tools", union(object_of("BuiltInToolsWorkflowOverrideInput"), NULL)),
        Field("mcp_server_ids", "mcp_server_ids", union(list_of(STR), NULL)),
        Field("native_mcp_server_ids", "native_mcp_server_ids", union(list_of(STR), NULL)),
        Field("knowledge_base", "knowledge_base", union(list_of(object_of("KnowledgeBaseLocator")), NULL)),
        Field("custom_llm", "custom_llm", union(object_of("CustomLlm"), NULL)),
        Field("ignore_default_personality", "ignore_default_personality", union(BOOL, NULL)),
        Field("rag", "rag", union(object_of("RagConfigWorkflowOverrideInput"), NULL)),
        Field("timezone", "timezone", union(STR, NULL)),
        Field(
            "backup_llm_config",
            "backup_llm_config",
            union(object_of("BackupLlmDefault"), object_of("BackupLlmDisabled"), object_of("BackupLlmOverride"), NULL),
        ),
        Field("cascade_timeout_seconds", "cascade_timeout_seconds", union(FLOAT, NULL)),
        Field(
            "tools",
            "tools",
            union(
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
                NULL,
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_tool_config_input import ApiIntegrationWebhookToolConfigInput
from ..models.backup_llm_default import BackupLlmDefault
from ..models.backup_llm_disabled import BackupLlmDisabled
from ..models.backup_llm_override import BackupLlmOverride
from ..models.built_in_tools_workflow_override_input import BuiltInToolsWorkflowOverrideInput
from ..models.client_tool_config_input import ClientToolConfigInput
from ..models.custom_llm import CustomLlm
from ..models.knowledge_base_locator import KnowledgeBaseLocator
from ..models.mcp_tool_config_input import McpToolConfigInput
from ..models.rag_config_workflow_override_input import RagConfigWorkflowOverrideInput
from ..models.smb_tool_config import SmbToolConfig
from ..models.system_tool_config_input import SystemToolConfigInput
from ..models.webhook_tool_config_input import WebhookToolConfigInput
