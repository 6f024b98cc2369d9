from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, INT, STR, AdditionalProperties, Field, Lazy, const, dict_of, list_of, object_of
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class AudioEventAlignment(Lazy, AdditionalProperties[Any]):
    """When each character of the agent's text is spoken in this audio chunk.

    Attributes:
        chars: The characters, in order.
        char_start_times_ms: When each character starts, in milliseconds from the start of the chunk.
        char_durations_ms: How long each character lasts, in milliseconds.
    """

    chars: list[str] | Unset = UNSET

    char_start_times_ms: list[int] | Unset = UNSET

    char_durations_ms: list[int] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chars", "chars", list_of(STR)),
        Field("char_start_times_ms", "char_start_times_ms", list_of(INT)),
        Field("char_durations_ms", "char_durations_ms", list_of(INT)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AudioResponseAudioEvent(Lazy, AdditionalProperties[Any]):
    """Audio event data

    Attributes:
        audio_base_64: Base64-encoded audio data of agent's speech.
        event_id: Sequential identifier for the audio chunk.
        alignment: When each character of the agent's text is spoken in this audio chunk.
    """

    audio_base_64: str | Unset = UNSET

    event_id: int | Unset = UNSET

    alignment: AudioEventAlignment | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_base_64", "audio_base_64", STR),
        Field("event_id", "event_id", INT),
        Field("alignment", "alignment", object_of("AudioEventAlignment")),
        Field("additional_properties", None, dict_of(ANY)),
    )
