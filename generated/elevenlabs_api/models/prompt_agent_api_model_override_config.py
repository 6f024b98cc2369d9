from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="PromptAgentAPIModelOverrideConfig")


@_attrs_define
class PromptAgentAPIModelOverrideConfig:
    """Attributes:
    prompt (bool | Unset): Whether to allow overriding the prompt field. Default: False.
    llm (bool | Unset): Whether to allow overriding the llm field. Default: False.
    tool_ids (bool | Unset): Whether to allow overriding the tool_ids field. Default: False.
    native_mcp_server_ids (bool | Unset): Whether to allow overriding the native_mcp_server_ids field. Default:
        False.
    knowledge_base (bool | Unset): Whether to allow overriding the knowledge_base field. Default: False.
    """

    prompt: bool | Unset = False

    llm: bool | Unset = False

    tool_ids: bool | Unset = False

    native_mcp_server_ids: bool | Unset = False

    knowledge_base: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)
        if prompt.__class__ is not bool and prompt is not UNSET:
            prompt = unexpected_type(cls, "prompt", prompt, "a boolean")

        llm = d.pop("llm", UNSET)
        if llm.__class__ is not bool and llm is not UNSET:
            llm = unexpected_type(cls, "llm", llm, "a boolean")

        tool_ids = d.pop("tool_ids", UNSET)
        if tool_ids.__class__ is not bool and tool_ids is not UNSET:
            tool_ids = unexpected_type(cls, "tool_ids", tool_ids, "a boolean")

        native_mcp_server_ids = d.pop("native_mcp_server_ids", UNSET)
        if native_mcp_server_ids.__class__ is not bool and native_mcp_server_ids is not UNSET:
            native_mcp_server_ids = unexpected_type(cls, "native_mcp_server_ids", native_mcp_server_ids, "a boolean")

        knowledge_base = d.pop("knowledge_base", UNSET)
        if knowledge_base.__class__ is not bool and knowledge_base is not UNSET:
            knowledge_base = unexpected_type(cls, "knowledge_base", knowledge_base, "a boolean")

        prompt_agent_api_model_override_config = cls(
            prompt=prompt,
            llm=llm,
            tool_ids=tool_ids,
            native_mcp_server_ids=native_mcp_server_ids,
            knowledge_base=knowledge_base,
        )
        prompt_agent_api_model_override_config.additional_properties = d
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
