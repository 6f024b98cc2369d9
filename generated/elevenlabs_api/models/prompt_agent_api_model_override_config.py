from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PromptAgentApiModelOverrideConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PromptAgentApiModelOverrideConfig(Lazy):
    """Attributes:
    prompt (bool | Unset): Whether to allow overriding the prompt field. Defaults to False on the server.
    llm (bool | Unset): Whether to allow overriding the llm field. Defaults to False on the server.
    tool_ids (bool | Unset): Whether to allow overriding the tool_ids field. Defaults to False on the server.
    native_mcp_server_ids (bool | Unset): Whether to allow overriding the native_mcp_server_ids field. Defaults to
        False on the server.
    knowledge_base (bool | Unset): Whether to allow overriding the knowledge_base field. Defaults to False on the
        server.
    """

    prompt: bool | Unset = UNSET

    llm: bool | Unset = UNSET

    tool_ids: bool | Unset = UNSET

    native_mcp_server_ids: bool | Unset = UNSET

    knowledge_base: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        prompt = self.prompt

        llm = self.llm

        tool_ids = self.tool_ids

        native_mcp_server_ids = self.native_mcp_server_ids

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
        prompt_agent_api_model_override_config = cls.__new__(cls)
        prompt_agent_api_model_override_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return prompt_agent_api_model_override_config

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


_read_prompt = plain_reader("prompt", (bool,), "a boolean", False)

_read_llm = plain_reader("llm", (bool,), "a boolean", False)

_read_tool_ids = plain_reader("tool_ids", (bool,), "a boolean", False)

_read_native_mcp_server_ids = plain_reader("native_mcp_server_ids", (bool,), "a boolean", False)

_read_knowledge_base = plain_reader("knowledge_base", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "llm",
        "tool_ids",
        "native_mcp_server_ids",
        "knowledge_base",
    )
)


def _read_additional_properties(cls: type[PromptAgentApiModelOverrideConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PromptAgentApiModelOverrideConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    prompt = d.get("prompt", UNSET)
    if prompt.__class__ is not bool and prompt is not UNSET:
        prompt = _read_prompt(cls, d)

    llm = d.get("llm", UNSET)
    if llm.__class__ is not bool and llm is not UNSET:
        llm = _read_llm(cls, d)

    tool_ids = d.get("tool_ids", UNSET)
    if tool_ids.__class__ is not bool and tool_ids is not UNSET:
        tool_ids = _read_tool_ids(cls, d)

    native_mcp_server_ids = d.get("native_mcp_server_ids", UNSET)
    if native_mcp_server_ids.__class__ is not bool and native_mcp_server_ids is not UNSET:
        native_mcp_server_ids = _read_native_mcp_server_ids(cls, d)

    knowledge_base = d.get("knowledge_base", UNSET)
    if knowledge_base.__class__ is not bool and knowledge_base is not UNSET:
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
    PromptAgentApiModelOverrideConfig,
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
