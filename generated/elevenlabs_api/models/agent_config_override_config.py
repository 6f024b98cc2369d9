from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.prompt_agent_api_model_override_config import PromptAgentApiModelOverrideConfig
