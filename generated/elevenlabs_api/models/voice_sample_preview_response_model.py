from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoiceSamplePreviewResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'audio_base_64': 'audio_base_64', 'duration_secs': 5.0, 'media_type': 'audio/mpeg', 'sample_id':
        'DCwhRBWXzGAHq8TQ4Fs18', 'voice_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    Attributes:
        audio_base_64: The base64 encoded audio.
        voice_id: The ID of the voice.
        sample_id: The ID of the sample.
        media_type: The media type of the audio.
        duration_secs: The duration of the audio in seconds.
    """

    audio_base_64: str

    voice_id: str

    sample_id: str

    media_type: str

    duration_secs: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_base_64", "audio_base_64", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("sample_id", "sample_id", STR, required=True),
        Field("media_type", "media_type", STR, required=True),
        Field("duration_secs", "duration_secs", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
