from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PromptAgentApiModelOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PromptAgentApiModelOverride(Lazy):
    """Attributes:
    prompt (None | str | Unset): The prompt for the agent
    llm (Llm | None | str | Unset): The LLM to query with the prompt and the chat history. If using data residency,
        the LLM must be supported in the data residency environment
    native_mcp_server_ids (list[str] | None | Unset): A list of Native MCP server ids to be used by the agent
    """

    prompt: None | str | Unset = UNSET

    llm: Llm | None | str | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        prompt_agent_api_model_override = cls.__new__(cls)
        prompt_agent_api_model_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_prompt = plain_reader(
    "prompt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_llm = plain_reader(
    "llm",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
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


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "llm",
        "native_mcp_server_ids",
    )
)


def _read_additional_properties(cls: type[PromptAgentApiModelOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PromptAgentApiModelOverride], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    prompt = d.get("prompt", UNSET)
    if prompt.__class__ is not str and prompt is not None and prompt is not UNSET:
        prompt = _read_prompt(cls, d)

    llm = d.get("llm", UNSET)
    if llm is not None and llm.__class__ is not str and llm is not UNSET:
        llm = _read_llm(cls, d)

    native_mcp_server_ids = d.get("native_mcp_server_ids", UNSET)
    if (
        native_mcp_server_ids.__class__ is not list
        and native_mcp_server_ids is not None
        and native_mcp_server_ids is not UNSET
    ):
        native_mcp_server_ids = _read_native_mcp_server_ids(cls, d)
    elif native_mcp_server_ids.__class__ is list and native_mcp_server_ids:
        check_items(cls, "native_mcp_server_ids", native_mcp_server_ids, (str,), "a string")

    return {
        "prompt": prompt,
        "llm": llm,
        "native_mcp_server_ids": native_mcp_server_ids,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PromptAgentApiModelOverride,
    _all_fields,
    {
        "prompt": _read_prompt,
        "llm": _read_llm,
        "native_mcp_server_ids": _read_native_mcp_server_ids,
        "additional_properties": _read_additional_properties,
    },
)
