from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm, check_llm
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PromptAgentApiModelOverrideInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PromptAgentApiModelOverrideInput(Lazy):
    """Example:
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer
        questions about the topic of the conversation.', 'tool_ids': []}

    Attributes:
        prompt (None | str | Unset): The prompt for the agent
        llm (Llm | None | Unset): The LLM to query with the prompt and the chat history. If using data residency, the
            LLM must be supported in the data residency environment
        tool_ids (list[str] | None | Unset): A list of IDs of tools used by the agent
        native_mcp_server_ids (list[str] | None | Unset): A list of Native MCP server ids to be used by the agent
        knowledge_base (list[KnowledgeBaseLocator] | None | Unset): A list of knowledge bases to be used by the agent
    """

    prompt: None | str | Unset = UNSET

    llm: Llm | None | Unset = UNSET

    tool_ids: list[str] | None | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    knowledge_base: list[KnowledgeBaseLocator] | None | Unset = UNSET

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if llm is not UNSET:
            field_dict["llm"] = llm
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if native_mcp_server_ids is not UNSET:
            field_dict["native_mcp_server_ids"] = native_mcp_server_ids
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        prompt_agent_api_model_override_input = cls.__new__(cls)
        prompt_agent_api_model_override_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return prompt_agent_api_model_override_input

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


def _read_llm(cls: type[PromptAgentApiModelOverrideInput], d: Mapping[str, Any]) -> Any:
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


def _read_knowledge_base(cls: type[PromptAgentApiModelOverrideInput], d: Mapping[str, Any]) -> Any:
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


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "llm",
        "tool_ids",
        "native_mcp_server_ids",
        "knowledge_base",
    )
)


def _read_additional_properties(cls: type[PromptAgentApiModelOverrideInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PromptAgentApiModelOverrideInput], d: Mapping[str, Any], known: Mapping[str, Any]
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

    tool_ids = d.get("tool_ids", UNSET)
    if tool_ids.__class__ is not list and tool_ids is not None and tool_ids is not UNSET:
        tool_ids = _read_tool_ids(cls, d)
    elif tool_ids.__class__ is list and tool_ids:
        check_items(cls, "tool_ids", tool_ids, (str,), "a string")

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

    return {
        "prompt": prompt,
        "llm": llm,
        "tool_ids": tool_ids,
        "native_mcp_server_ids": native_mcp_server_ids,
        "knowledge_base": knowledge_base,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PromptAgentApiModelOverrideInput,
    _all_fields,
    {
        "prompt": _read_prompt,
        "llm": _read_llm,
        "tool_ids": _read_tool_ids,
        "native_mcp_server_ids": _read_native_mcp_server_ids,
        "knowledge_base": _read_knowledge_base,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.knowledge_base_locator import KnowledgeBaseLocator
