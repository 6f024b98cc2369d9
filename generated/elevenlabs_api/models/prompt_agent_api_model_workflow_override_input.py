from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm, LlmReasoningEffort, check_llm, check_llm_reasoning_effort
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PromptAgentApiModelWorkflowOverrideInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PromptAgentApiModelWorkflowOverrideInput(Lazy):
    """Example:
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}

    Attributes:
        prompt (None | str | Unset): The prompt for the agent
        llm (Llm | None | Unset): The LLM to query with the prompt and the chat history. If using data residency, the
            LLM must be supported in the data residency environment
        reasoning_effort (LlmReasoningEffort | None | Unset): Reasoning effort of the model. Only available for some
            models.
        thinking_budget (int | None | Unset): Max number of tokens used for thinking. Use 0 to turn off if supported by
            the model.
        enable_reasoning_summary (bool | None | Unset): Enable model reasoning summaries. When disabled, we do not
            request summaries from provider if possible for faster TTFB. Not ZRM compatible.
        temperature (float | None | Unset): The temperature for the LLM. Defaults to 0. Set to null to omit the
            parameter from the LLM request entirely (useful for custom LLMs that reject the temperature field).
        max_tokens (int | None | Unset): If greater than 0, maximum number of tokens the LLM can predict
        tool_ids (list[str] | None | Unset): A list of IDs of tools used by the agent
        built_in_tools (BuiltInToolsWorkflowOverrideInput | None | Unset): Built-in system tools to be used by the agent
        mcp_server_ids (list[str] | None | Unset): A list of MCP server ids to be used by the agent
        native_mcp_server_ids (list[str] | None | Unset): A list of Native MCP server ids to be used by the agent
        knowledge_base (list[KnowledgeBaseLocator] | None | Unset): A list of knowledge bases to be used by the agent
        custom_llm (CustomLlm | None | Unset): Definition for a custom LLM if LLM field is set to 'CUSTOM_LLM'
        ignore_default_personality (bool | None | Unset): Whether to remove the default personality lines from the
            system prompt
        rag (None | RagConfigWorkflowOverrideInput | Unset): Configuration for RAG
        timezone (None | str | Unset): Timezone for displaying current time in system prompt. If set, the current time
            will be included in the system prompt using this timezone. Must be a valid timezone name (e.g.,
            'America/New_York', 'Europe/London', 'UTC'). Recommended for accurate time-aware responses; without this, the
            agent has no knowledge of the current date/time unless you provide it via dynamic variables or tools, which can
            lead to incorrect or hallucinated time references.
        backup_llm_config (BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | None | Unset): Configuration for
            backup LLM cascading. Can be disabled, use system defaults, or specify custom order.
        cascade_timeout_seconds (float | None | Unset): Time in seconds before cascading to backup LLM. Must be between
            2 and 15 seconds.
        tools (list[ApiIntegrationWebhookToolConfigInput | ClientToolConfigInput | McpToolConfigInput | SmbToolConfig |
            SystemToolConfigInput | WebhookToolConfigInput] | None | Unset): A list of tools that the agent can use over the
            course of the conversation, use tool_ids instead
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

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        prompt: Any
        try:
            prompt = self.prompt

        except (AttributeError, TypeError):
            prompt = self.prompt

        llm: Any
        try:
            if isinstance(self.llm, Unset):
                llm = UNSET
            elif isinstance(self.llm, str):
                llm = self.llm
            else:
                llm = self.llm

        except (AttributeError, TypeError):
            llm = self.llm

        reasoning_effort: Any
        try:
            if isinstance(self.reasoning_effort, Unset):
                reasoning_effort = UNSET
            elif isinstance(self.reasoning_effort, str):
                reasoning_effort = self.reasoning_effort
            else:
                reasoning_effort = self.reasoning_effort

        except (AttributeError, TypeError):
            reasoning_effort = self.reasoning_effort

        thinking_budget: Any
        try:
            thinking_budget = self.thinking_budget

        except (AttributeError, TypeError):
            thinking_budget = self.thinking_budget

        enable_reasoning_summary: Any
        try:
            enable_reasoning_summary = self.enable_reasoning_summary

        except (AttributeError, TypeError):
            enable_reasoning_summary = self.enable_reasoning_summary

        temperature: Any
        try:
            temperature = self.temperature

        except (AttributeError, TypeError):
            temperature = self.temperature

        max_tokens: Any
        try:
            max_tokens = self.max_tokens

        except (AttributeError, TypeError):
            max_tokens = self.max_tokens

        tool_ids: Any
        try:
            if isinstance(self.tool_ids, Unset):
                tool_ids = UNSET
            elif isinstance(self.tool_ids, list):
                tool_ids = self.tool_ids

            else:
                tool_ids = self.tool_ids

        except (AttributeError, TypeError):
            tool_ids = self.tool_ids

        built_in_tools: Any
        try:
            if isinstance(self.built_in_tools, Unset):
                built_in_tools = UNSET
            elif isinstance(self.built_in_tools, BuiltInToolsWorkflowOverrideInput):
                built_in_tools = self.built_in_tools.to_dict()
            else:
                built_in_tools = self.built_in_tools

        except (AttributeError, TypeError):
            built_in_tools = self.built_in_tools

        mcp_server_ids: Any
        try:
            if isinstance(self.mcp_server_ids, Unset):
                mcp_server_ids = UNSET
            elif isinstance(self.mcp_server_ids, list):
                mcp_server_ids = self.mcp_server_ids

            else:
                mcp_server_ids = self.mcp_server_ids

        except (AttributeError, TypeError):
            mcp_server_ids = self.mcp_server_ids

        native_mcp_server_ids: Any
        try:
            if isinstance(self.native_mcp_server_ids, Unset):
                native_mcp_server_ids = UNSET
            elif isinstance(self.native_mcp_server_ids, list):
                native_mcp_server_ids = self.native_mcp_server_ids

            else:
                native_mcp_server_ids = self.native_mcp_server_ids

        except (AttributeError, TypeError):
            native_mcp_server_ids = self.native_mcp_server_ids

        knowledge_base: Any
        try:
            if isinstance(self.knowledge_base, Unset):
                knowledge_base = UNSET
            elif isinstance(self.knowledge_base, list):
                knowledge_base = []
                for knowledge_base_type_0_item_data in self.knowledge_base:
                    knowledge_base_type_0_item = knowledge_base_type_0_item_data.to_dict()
                    knowledge_base.append(knowledge_base_type_0_item)

            else:
                knowledge_base = self.knowledge_base

        except (AttributeError, TypeError):
            knowledge_base = self.knowledge_base

        custom_llm: Any
        try:
            if isinstance(self.custom_llm, Unset):
                custom_llm = UNSET
            elif isinstance(self.custom_llm, CustomLlm):
                custom_llm = self.custom_llm.to_dict()
            else:
                custom_llm = self.custom_llm

        except (AttributeError, TypeError):
            custom_llm = self.custom_llm

        ignore_default_personality: Any
        try:
            ignore_default_personality = self.ignore_default_personality

        except (AttributeError, TypeError):
            ignore_default_personality = self.ignore_default_personality

        rag: Any
        try:
            if isinstance(self.rag, Unset):
                rag = UNSET
            elif isinstance(self.rag, RagConfigWorkflowOverrideInput):
                rag = self.rag.to_dict()
            else:
                rag = self.rag

        except (AttributeError, TypeError):
            rag = self.rag

        timezone: Any
        try:
            timezone = self.timezone

        except (AttributeError, TypeError):
            timezone = self.timezone

        backup_llm_config: Any
        try:
            if isinstance(self.backup_llm_config, Unset):
                backup_llm_config = UNSET
            elif (
                isinstance(self.backup_llm_config, BackupLlmDefault)
                or isinstance(self.backup_llm_config, BackupLlmDisabled)
                or isinstance(self.backup_llm_config, BackupLlmOverride)
            ):
                backup_llm_config = self.backup_llm_config.to_dict()
            else:
                backup_llm_config = self.backup_llm_config

        except (AttributeError, TypeError):
            backup_llm_config = self.backup_llm_config

        cascade_timeout_seconds: Any
        try:
            cascade_timeout_seconds = self.cascade_timeout_seconds

        except (AttributeError, TypeError):
            cascade_timeout_seconds = self.cascade_timeout_seconds

        tools: Any
        try:
            if isinstance(self.tools, Unset):
                tools = UNSET
            elif isinstance(self.tools, list):
                tools = []
                for tools_type_0_item_data in self.tools:
                    tools_type_0_item: dict[str, Any]
                    if (
                        isinstance(tools_type_0_item_data, WebhookToolConfigInput)
                        or isinstance(tools_type_0_item_data, ClientToolConfigInput)
                        or isinstance(tools_type_0_item_data, SystemToolConfigInput)
                        or isinstance(tools_type_0_item_data, McpToolConfigInput)
                        or isinstance(tools_type_0_item_data, ApiIntegrationWebhookToolConfigInput)
                        or isinstance(tools_type_0_item_data, SmbToolConfig)
                    ):
                        tools_type_0_item = tools_type_0_item_data.to_dict()
                    else:
                        tools_type_0_item = tools_type_0_item_data

                    tools.append(tools_type_0_item)

            else:
                tools = self.tools

        except (AttributeError, TypeError):
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if llm is not UNSET:
            field_dict["llm"] = llm
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if thinking_budget is not UNSET:
            field_dict["thinking_budget"] = thinking_budget
        if enable_reasoning_summary is not UNSET:
            field_dict["enable_reasoning_summary"] = enable_reasoning_summary
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if built_in_tools is not UNSET:
            field_dict["built_in_tools"] = built_in_tools
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if native_mcp_server_ids is not UNSET:
            field_dict["native_mcp_server_ids"] = native_mcp_server_ids
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        if custom_llm is not UNSET:
            field_dict["custom_llm"] = custom_llm
        if ignore_default_personality is not UNSET:
            field_dict["ignore_default_personality"] = ignore_default_personality
        if rag is not UNSET:
            field_dict["rag"] = rag
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if backup_llm_config is not UNSET:
            field_dict["backup_llm_config"] = backup_llm_config
        if cascade_timeout_seconds is not UNSET:
            field_dict["cascade_timeout_seconds"] = cascade_timeout_seconds
        if tools is not UNSET:
            field_dict["tools"] = tools
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        prompt_agent_api_model_workflow_override_input = cls.__new__(cls)
        prompt_agent_api_model_workflow_override_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return prompt_agent_api_model_workflow_override_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_prompt = plain_reader(
    "prompt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_llm(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    llm_raw = d.get("llm", UNSET)
    try:

        def _parse_llm(data: object) -> Llm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            llm_type_0 = check_llm(data)

            return llm_type_0

        llm = _parse_llm(llm_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        llm = deviating_field(cls, "llm", llm_raw)

    return llm


def _read_reasoning_effort(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    reasoning_effort_raw = d.get("reasoning_effort", UNSET)
    try:

        def _parse_reasoning_effort(data: object) -> LlmReasoningEffort | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            reasoning_effort_type_0 = check_llm_reasoning_effort(data)

            return reasoning_effort_type_0

        reasoning_effort = _parse_reasoning_effort(reasoning_effort_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        reasoning_effort = deviating_field(cls, "reasoning_effort", reasoning_effort_raw)

    return reasoning_effort


_read_thinking_budget = plain_reader(
    "thinking_budget",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_enable_reasoning_summary = plain_reader(
    "enable_reasoning_summary",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_temperature = plain_reader(
    "temperature",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_max_tokens = plain_reader(
    "max_tokens",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_tool_ids = plain_reader(
    "tool_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_built_in_tools(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    built_in_tools_raw = d.get("built_in_tools", UNSET)
    try:

        def _parse_built_in_tools(data: object) -> BuiltInToolsWorkflowOverrideInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            built_in_tools_type_0 = BuiltInToolsWorkflowOverrideInput.from_dict(data)

            return built_in_tools_type_0

        built_in_tools = _parse_built_in_tools(built_in_tools_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        built_in_tools = deviating_field(cls, "built_in_tools", built_in_tools_raw)

    return built_in_tools


_read_mcp_server_ids = plain_reader(
    "mcp_server_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_native_mcp_server_ids = plain_reader(
    "native_mcp_server_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_knowledge_base(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    knowledge_base_raw = d.get("knowledge_base", UNSET)
    try:

        def _parse_knowledge_base(data: object) -> list[KnowledgeBaseLocator] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            knowledge_base_type_0 = []
            _knowledge_base_type_0 = data
            for knowledge_base_type_0_item_data in _knowledge_base_type_0:
                knowledge_base_type_0_item = KnowledgeBaseLocator.from_dict(knowledge_base_type_0_item_data)

                knowledge_base_type_0.append(knowledge_base_type_0_item)

            return knowledge_base_type_0

        knowledge_base = _parse_knowledge_base(knowledge_base_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        knowledge_base = deviating_field(cls, "knowledge_base", knowledge_base_raw)

    return knowledge_base


def _read_custom_llm(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    custom_llm_raw = d.get("custom_llm", UNSET)
    try:

        def _parse_custom_llm(data: object) -> CustomLlm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            custom_llm_type_0 = CustomLlm.from_dict(data)

            return custom_llm_type_0

        custom_llm = _parse_custom_llm(custom_llm_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        custom_llm = deviating_field(cls, "custom_llm", custom_llm_raw)

    return custom_llm


_read_ignore_default_personality = plain_reader(
    "ignore_default_personality",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_rag(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    rag_raw = d.get("rag", UNSET)
    try:

        def _parse_rag(data: object) -> None | RagConfigWorkflowOverrideInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            rag_type_0 = RagConfigWorkflowOverrideInput.from_dict(data)

            return rag_type_0

        rag = _parse_rag(rag_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        rag = deviating_field(cls, "rag", rag_raw)

    return rag


_read_timezone = plain_reader(
    "timezone",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_backup_llm_config(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    backup_llm_config_raw = d.get("backup_llm_config", UNSET)
    try:

        def _parse_backup_llm_config(
            data: object,
        ) -> BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_backup_llm_config_member, data)

        def _parse_backup_llm_config_member(
            data: object,
        ) -> BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | None | Unset:
            if isinstance(data, dict):
                for known in (
                    BackupLlmDefault,
                    BackupLlmDisabled,
                    BackupLlmOverride,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                backup_llm_config_type_0 = BackupLlmDefault.from_dict(data)

                return backup_llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                backup_llm_config_type_1 = BackupLlmDisabled.from_dict(data)

                return backup_llm_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            backup_llm_config_type_2 = BackupLlmOverride.from_dict(data)

            return backup_llm_config_type_2

        backup_llm_config = _parse_backup_llm_config(backup_llm_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        backup_llm_config = deviating_field(cls, "backup_llm_config", backup_llm_config_raw)

    return backup_llm_config


_read_cascade_timeout_seconds = plain_reader(
    "cascade_timeout_seconds",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_tools(cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    tools_raw = d.get("tools", UNSET)
    try:

        def _parse_tools(
            data: object,
        ) -> (
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
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            tools_type_0 = []
            _tools_type_0 = data
            for tools_type_0_item_data in _tools_type_0:

                def _parse_tools_type_0_item(
                    data: object,
                ) -> (
                    ApiIntegrationWebhookToolConfigInput
                    | ClientToolConfigInput
                    | McpToolConfigInput
                    | SmbToolConfig
                    | SystemToolConfigInput
                    | WebhookToolConfigInput
                ):
                    return parse_strictly(_parse_tools_type_0_item_member, data)

                def _parse_tools_type_0_item_member(
                    data: object,
                ) -> (
                    ApiIntegrationWebhookToolConfigInput
                    | ClientToolConfigInput
                    | McpToolConfigInput
                    | SmbToolConfig
                    | SystemToolConfigInput
                    | WebhookToolConfigInput
                ):
                    if isinstance(data, dict):
                        for known in (
                            WebhookToolConfigInput,
                            ClientToolConfigInput,
                            SystemToolConfigInput,
                            McpToolConfigInput,
                            ApiIntegrationWebhookToolConfigInput,
                            SmbToolConfig,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_type_0_item_type_0 = WebhookToolConfigInput.from_dict(data)

                        return tools_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_type_0_item_type_1 = ClientToolConfigInput.from_dict(data)

                        return tools_type_0_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_type_0_item_type_2 = SystemToolConfigInput.from_dict(data)

                        return tools_type_0_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_type_0_item_type_3 = McpToolConfigInput.from_dict(data)

                        return tools_type_0_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_type_0_item_type_4 = ApiIntegrationWebhookToolConfigInput.from_dict(data)

                        return tools_type_0_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tools_type_0_item_type_5 = SmbToolConfig.from_dict(data)

                    return tools_type_0_item_type_5

                tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                tools_type_0.append(tools_type_0_item)

            return tools_type_0

        tools = _parse_tools(tools_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tools = deviating_field(cls, "tools", tools_raw)

    return tools


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "llm",
        "reasoning_effort",
        "thinking_budget",
        "enable_reasoning_summary",
        "temperature",
        "max_tokens",
        "tool_ids",
        "built_in_tools",
        "mcp_server_ids",
        "native_mcp_server_ids",
        "knowledge_base",
        "custom_llm",
        "ignore_default_personality",
        "rag",
        "timezone",
        "backup_llm_config",
        "cascade_timeout_seconds",
        "tools",
    )
)


def _read_additional_properties(
    cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PromptAgentApiModelWorkflowOverrideInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    prompt = d.get("prompt", UNSET)
    if prompt.__class__ is not str and prompt is not None and prompt is not UNSET:
        prompt = _read_prompt(cls, d)

    if "llm" in known:
        llm = known["llm"]
    else:
        llm = d.get("llm", UNSET)
        if llm is not UNSET and llm is not None:
            llm = _read_llm(cls, d)

    if "reasoning_effort" in known:
        reasoning_effort = known["reasoning_effort"]
    else:
        reasoning_effort = d.get("reasoning_effort", UNSET)
        if reasoning_effort is not UNSET and reasoning_effort is not None:
            reasoning_effort = _read_reasoning_effort(cls, d)

    thinking_budget = d.get("thinking_budget", UNSET)
    if thinking_budget.__class__ is not int and thinking_budget is not None and thinking_budget is not UNSET:
        thinking_budget = _read_thinking_budget(cls, d)

    enable_reasoning_summary = d.get("enable_reasoning_summary", UNSET)
    if (
        enable_reasoning_summary.__class__ is not bool
        and enable_reasoning_summary is not None
        and enable_reasoning_summary is not UNSET
    ):
        enable_reasoning_summary = _read_enable_reasoning_summary(cls, d)

    temperature = d.get("temperature", UNSET)
    if (
        temperature.__class__ is not float
        and temperature.__class__ is not int
        and temperature is not None
        and temperature is not UNSET
    ):
        temperature = _read_temperature(cls, d)

    max_tokens = d.get("max_tokens", UNSET)
    if max_tokens.__class__ is not int and max_tokens is not None and max_tokens is not UNSET:
        max_tokens = _read_max_tokens(cls, d)

    tool_ids = d.get("tool_ids", UNSET)
    if tool_ids.__class__ is not list and tool_ids is not None and tool_ids is not UNSET:
        tool_ids = _read_tool_ids(cls, d)
    elif tool_ids.__class__ is list and tool_ids:
        check_items(cls, "tool_ids", tool_ids, (str,), "a string")

    if "built_in_tools" in known:
        built_in_tools = known["built_in_tools"]
    else:
        built_in_tools = d.get("built_in_tools", UNSET)
        if built_in_tools is not UNSET and built_in_tools is not None:
            built_in_tools = _read_built_in_tools(cls, d)

    mcp_server_ids = d.get("mcp_server_ids", UNSET)
    if mcp_server_ids.__class__ is not list and mcp_server_ids is not None and mcp_server_ids is not UNSET:
        mcp_server_ids = _read_mcp_server_ids(cls, d)
    elif mcp_server_ids.__class__ is list and mcp_server_ids:
        check_items(cls, "mcp_server_ids", mcp_server_ids, (str,), "a string")

    native_mcp_server_ids = d.get("native_mcp_server_ids", UNSET)
    if (
        native_mcp_server_ids.__class__ is not list
        and native_mcp_server_ids is not None
        and native_mcp_server_ids is not UNSET
    ):
        native_mcp_server_ids = _read_native_mcp_server_ids(cls, d)
    elif native_mcp_server_ids.__class__ is list and native_mcp_server_ids:
        check_items(cls, "native_mcp_server_ids", native_mcp_server_ids, (str,), "a string")

    if "knowledge_base" in known:
        knowledge_base = known["knowledge_base"]
    else:
        knowledge_base = d.get("knowledge_base", UNSET)
        if knowledge_base is not UNSET and knowledge_base is not None:
            knowledge_base = _read_knowledge_base(cls, d)

    if "custom_llm" in known:
        custom_llm = known["custom_llm"]
    else:
        custom_llm = d.get("custom_llm", UNSET)
        if custom_llm is not UNSET and custom_llm is not None:
            custom_llm = _read_custom_llm(cls, d)

    ignore_default_personality = d.get("ignore_default_personality", UNSET)
    if (
        ignore_default_personality.__class__ is not bool
        and ignore_default_personality is not None
        and ignore_default_personality is not UNSET
    ):
        ignore_default_personality = _read_ignore_default_personality(cls, d)

    if "rag" in known:
        rag = known["rag"]
    else:
        rag = d.get("rag", UNSET)
        if rag is not UNSET and rag is not None:
            rag = _read_rag(cls, d)

    timezone = d.get("timezone", UNSET)
    if timezone.__class__ is not str and timezone is not None and timezone is not UNSET:
        timezone = _read_timezone(cls, d)

    if "backup_llm_config" in known:
        backup_llm_config = known["backup_llm_config"]
    else:
        backup_llm_config = d.get("backup_llm_config", UNSET)
        if backup_llm_config is not UNSET and backup_llm_config is not None:
            backup_llm_config = _read_backup_llm_config(cls, d)

    cascade_timeout_seconds = d.get("cascade_timeout_seconds", UNSET)
    if (
        cascade_timeout_seconds.__class__ is not float
        and cascade_timeout_seconds.__class__ is not int
        and cascade_timeout_seconds is not None
        and cascade_timeout_seconds is not UNSET
    ):
        cascade_timeout_seconds = _read_cascade_timeout_seconds(cls, d)

    if "tools" in known:
        tools = known["tools"]
    else:
        tools = d.get("tools", UNSET)
        if tools is not UNSET and tools is not None:
            tools = _read_tools(cls, d)

    return {
        "prompt": prompt,
        "llm": llm,
        "reasoning_effort": reasoning_effort,
        "thinking_budget": thinking_budget,
        "enable_reasoning_summary": enable_reasoning_summary,
        "temperature": temperature,
        "max_tokens": max_tokens,
        "tool_ids": tool_ids,
        "built_in_tools": built_in_tools,
        "mcp_server_ids": mcp_server_ids,
        "native_mcp_server_ids": native_mcp_server_ids,
        "knowledge_base": knowledge_base,
        "custom_llm": custom_llm,
        "ignore_default_personality": ignore_default_personality,
        "rag": rag,
        "timezone": timezone,
        "backup_llm_config": backup_llm_config,
        "cascade_timeout_seconds": cascade_timeout_seconds,
        "tools": tools,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PromptAgentApiModelWorkflowOverrideInput,
    _all_fields,
    {
        "prompt": _read_prompt,
        "llm": _read_llm,
        "reasoning_effort": _read_reasoning_effort,
        "thinking_budget": _read_thinking_budget,
        "enable_reasoning_summary": _read_enable_reasoning_summary,
        "temperature": _read_temperature,
        "max_tokens": _read_max_tokens,
        "tool_ids": _read_tool_ids,
        "built_in_tools": _read_built_in_tools,
        "mcp_server_ids": _read_mcp_server_ids,
        "native_mcp_server_ids": _read_native_mcp_server_ids,
        "knowledge_base": _read_knowledge_base,
        "custom_llm": _read_custom_llm,
        "ignore_default_personality": _read_ignore_default_personality,
        "rag": _read_rag,
        "timezone": _read_timezone,
        "backup_llm_config": _read_backup_llm_config,
        "cascade_timeout_seconds": _read_cascade_timeout_seconds,
        "tools": _read_tools,
        "additional_properties": _read_additional_properties,
    },
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
