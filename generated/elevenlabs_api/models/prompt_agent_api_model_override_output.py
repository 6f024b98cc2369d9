from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import Llm
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PromptAgentApiModelOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer
        questions about the topic of the conversation.', 'tool_ids': []}

    Attributes:
        prompt: The prompt for the agent
        llm: The LLM to query with the prompt and the chat history. If using data residency, the LLM must be supported
            in the data residency environment
        tool_ids: A list of IDs of tools used by the agent
        native_mcp_server_ids: A list of Native MCP server ids to be used by the agent
        knowledge_base: A list of knowledge bases to be used by the agent
    """

    prompt: None | str | Unset = UNSET

    llm: Llm | None | Unset = UNSET

    tool_ids: list[str] | None | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    knowledge_base: list[KnowledgeBaseLocator] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", union(STR, NULL)),
        Field("llm", "llm", union(literal("Llm"), NULL)),
        Field("tool_ids", "tool_ids", union(list_of(STR), NULL)),
        Field("native_mcp_server_ids", "native_mcp_server_ids", union(list_of(STR), NULL)),
        Field("knowledge_base", "knowledge_base", union(list_of(object_of("KnowledgeBaseLocator")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.knowledge_base_locator import KnowledgeBaseLocator
