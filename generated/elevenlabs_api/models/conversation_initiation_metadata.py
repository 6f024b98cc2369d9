from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationInitiationMetadata(Lazy, AdditionalProperties[Any]):
    """Schema for conversation initialization metadata

    Attributes:
        conversation_initiation_metadata_event: Initial conversation metadata
    """

    type_: Literal["conversation_initiation_metadata"] | Unset = _attrs_field(
        default="conversation_initiation_metadata",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationInitiationMetadata", "type", "conversation_initiation_metadata"),
    )

    conversation_initiation_metadata_event: (
        ConversationInitiationMetadataConversationInitiationMetadataEvent | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("conversation_initiation_metadata")),
        Field(
            "conversation_initiation_metadata_event",
            "conversation_initiation_metadata_event",
            object_of("ConversationInitiationMetadataConversationInitiationMetadataEvent"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationInitiationMetadata, type_="type")


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
