from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentConfigOverrideConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    first_message: Whether to allow overriding the first_message field. Defaults to False on the server.
    language: Whether to allow overriding the language field. Defaults to False on the server.
    max_conversation_duration_message: Whether to allow overriding the max_conversation_duration_message field.
        Defaults to False on the server.
    """

    first_message: bool | Unset = UNSET

    language: bool | Unset = UNSET

    max_conversation_duration_message: bool | Unset = UNSET

    prompt: PromptAgentApiModelOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", BOOL),
        Field("language", "language", BOOL),
        Field("max_conversation_duration_message", "max_conversation_duration_message", BOOL),
        Field("prompt", "prompt", object_of("PromptAgentApiModelOverrideConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PromptAgentApiModelOverrideConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt: Whether to allow overriding the prompt field. Defaults to False on the server.
    llm: Whether to allow overriding the llm field. Defaults to False on the server.
    tool_ids: Whether to allow overriding the tool_ids field. Defaults to False on the server.
    native_mcp_server_ids: Whether to allow overriding the native_mcp_server_ids field. Defaults to False on the
        server.
    knowledge_base: Whether to allow overriding the knowledge_base field. Defaults to False on the server.
    """

    prompt: bool | Unset = UNSET

    llm: bool | Unset = UNSET

    tool_ids: bool | Unset = UNSET

    native_mcp_server_ids: bool | Unset = UNSET

    knowledge_base: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", BOOL),
        Field("llm", "llm", BOOL),
        Field("tool_ids", "tool_ids", BOOL),
        Field("native_mcp_server_ids", "native_mcp_server_ids", BOOL),
        Field("knowledge_base", "knowledge_base", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
