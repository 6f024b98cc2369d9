from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class ConversationInitiationMetadataConversationInitiationMetadataEvent(Lazy, AdditionalProperties[Any]):
    """Initial conversation metadata

    Attributes:
        conversation_id: Unique identifier for the conversation session.
        agent_output_audio_format: Audio format specification for agent's speech output.
        user_input_audio_format: Audio format specification for user's speech input.
    """

    conversation_id: str | Unset = UNSET

    agent_output_audio_format: str | Unset = UNSET

    user_input_audio_format: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_id", "conversation_id", STR),
        Field("agent_output_audio_format", "agent_output_audio_format", STR),
        Field("user_input_audio_format", "user_input_audio_format", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
