from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AudioWithTimestampsAndVoiceSegmentsResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'alignment': {'character_end_times_seconds': [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
        'character_start_times_seconds': [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6], 'characters': ['H', 'e', 'l', 'l', 'o',
        'H', 'i']}, 'audio_base64': 'base64_encoded_audio_string', 'normalized_alignment':
        {'character_end_times_seconds': [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], 'character_start_times_seconds': [0.0, 0.1,
        0.2, 0.3, 0.4, 0.5, 0.6], 'characters': ['H', 'e', 'l', 'l', 'o', 'H', 'i']}, 'voice_segments':
        [{'character_end_index': 5, 'character_start_index': 0, 'dialogue_input_index': 0, 'end_time_seconds': 0.5,
        'start_time_seconds': 0.0, 'voice_id': '21m00Tcm4TlvDq8ikWAM'}, {'character_end_index': 7,
        'character_start_index': 5, 'dialogue_input_index': 1, 'end_time_seconds': 0.7, 'start_time_seconds': 0.5,
        'voice_id': 'VEDscrYI8uIMttlO2Ztu'}]}

    Attributes:
        audio_base64: Base64 encoded audio data
        voice_segments: Voice segments for the audio
        alignment: Timestamp information for each character in the original text
        normalized_alignment: Timestamp information for each character in the normalized text
    """

    audio_base64: str

    voice_segments: list[VoiceSegment]

    alignment: CharacterAlignmentResponseModel | None | Unset = UNSET

    normalized_alignment: CharacterAlignmentResponseModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_base64", "audio_base64", STR, required=True),
        Field("voice_segments", "voice_segments", list_of(object_of("VoiceSegment")), required=True),
        Field("alignment", "alignment", union(object_of("CharacterAlignmentResponseModel"), NULL)),
        Field(
            "normalized_alignment", "normalized_alignment", union(object_of("CharacterAlignmentResponseModel"), NULL)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.character_alignment_response_model import CharacterAlignmentResponseModel
from ..models.voice_segment import VoiceSegment
