from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class AudioResponse(Lazy, AdditionalProperties[Any]):
    """Schema for agent's synthesized speech audio

    Attributes:
        audio_event: Audio event data
    """

    type_: Literal["audio"] = _attrs_field(
        default="audio",
        kw_only=True,
        alias="type",
        validator=types.tag("AudioResponse", "type", "audio"),
    )

    audio_event: AudioResponseAudioEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("audio"), required=True),
        Field("audio_event", "audio_event", object_of("AudioResponseAudioEvent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AudioResponse, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_response_audio_event import AudioResponseAudioEvent
