from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm
from ..types import (
    ANY,
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
    union,
)


@_attrs_define(slots=False)
class PromptAgentApiModelOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt: The prompt for the agent
    llm: The LLM to query with the prompt and the chat history. If using data residency, the LLM must be supported
        in the data residency environment
    native_mcp_server_ids: A list of Native MCP server ids to be used by the agent
    """

    prompt: None | str | Unset = UNSET

    llm: Llm | None | str | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", union(STR, NULL)),
        Field("llm", "llm", union(literal("Llm"), NULL, STR)),
        Field("native_mcp_server_ids", "native_mcp_server_ids", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
