from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm import LLM
from ..types import (
    UNSET,
    Unset,
    check_items,
    unexpected_type,
)

T = TypeVar("T", bound="PromptAgentAPIModelOverride")


@_attrs_define
class PromptAgentAPIModelOverride:
    """Attributes:
    prompt (None | str | Unset): The prompt for the agent
    llm (LLM | None | str | Unset): The LLM to query with the prompt and the chat history. If using data residency,
        the LLM must be supported in the data residency environment
    native_mcp_server_ids (list[str] | None | Unset): A list of Native MCP server ids to be used by the agent
    """

    prompt: None | str | Unset = UNSET

    llm: LLM | None | str | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if llm is not UNSET:
            field_dict["llm"] = llm
        if native_mcp_server_ids is not UNSET:
            field_dict["native_mcp_server_ids"] = native_mcp_server_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)
        if prompt.__class__ is not str and prompt is not None and prompt is not UNSET:
            prompt = unexpected_type(cls, "prompt", prompt, "a string or null")

        llm = d.pop("llm", UNSET)
        if llm is not None and llm.__class__ is not str and llm is not UNSET:
            llm = unexpected_type(cls, "llm", llm, "null or a string")

        native_mcp_server_ids = d.pop("native_mcp_server_ids", UNSET)
        if (
            native_mcp_server_ids.__class__ is not list
            and native_mcp_server_ids is not None
            and native_mcp_server_ids is not UNSET
        ):
            native_mcp_server_ids = unexpected_type(
                cls, "native_mcp_server_ids", native_mcp_server_ids, "an array or null"
            )
        elif native_mcp_server_ids.__class__ is list and native_mcp_server_ids:
            check_items(cls, "native_mcp_server_ids", native_mcp_server_ids, (str,), "a string")

        prompt_agent_api_model_override = cls(
            prompt=prompt,
            llm=llm,
            native_mcp_server_ids=native_mcp_server_ids,
        )
        prompt_agent_api_model_override.additional_properties = d
        return prompt_agent_api_model_override

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
