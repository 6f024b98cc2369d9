from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_event_alignment import AudioEventAlignment
