from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class SpeakerAudioResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'audio_base_64': 'audio_base_64', 'duration_secs': 5.0, 'media_type': 'audio/mpeg'}

    Attributes:
        audio_base_64: The base64 encoded audio.
        media_type: The media type of the audio.
        duration_secs: The duration of the audio in seconds.
    """

    audio_base_64: str

    media_type: str

    duration_secs: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_base_64", "audio_base_64", STR, required=True),
        Field("media_type", "media_type", STR, required=True),
        Field("duration_secs", "duration_secs", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
