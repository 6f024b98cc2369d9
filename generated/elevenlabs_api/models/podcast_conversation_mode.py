from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class PodcastConversationMode(Lazy, AdditionalProperties[Any]):
    """Example:
        {'conversation': {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}, 'type':
        'conversation'}

    Attributes:
        type_: The type of podcast to create.
        conversation:  Example: {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}.
    """

    type_: Literal["conversation"] = _attrs_field(
        default="conversation",
        kw_only=True,
        alias="type",
        validator=types.tag("PodcastConversationMode", "type", "conversation"),
    )

    conversation: PodcastConversationModeData

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("conversation"), required=True),
        Field("conversation", "conversation", object_of("PodcastConversationModeData"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PodcastConversationMode, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.podcast_conversation_mode_data import PodcastConversationModeData
