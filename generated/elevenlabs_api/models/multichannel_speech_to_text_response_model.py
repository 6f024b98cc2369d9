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
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class MultichannelSpeechToTextResponseModel(Lazy, AdditionalProperties[Any]):
    """Response model for multichannel speech-to-text transcription.

    Example:
        {'transcripts': [{'language_code': 'en', 'language_probability': 0.98, 'text': 'Hello from channel one.',
        'words': [{'end': 0.5, 'logprob': -0.124, 'speaker_id': 'speaker_0', 'start': 0.0, 'text': 'Hello', 'type':
        'word'}, {'end': 0.5, 'logprob': 0.0, 'speaker_id': 'speaker_0', 'start': 0.5, 'text': ' ', 'type': 'spacing'},
        {'end': 0.8, 'logprob': -0.089, 'speaker_id': 'speaker_0', 'start': 0.5, 'text': 'from', 'type': 'word'}]},
        {'language_code': 'en', 'language_probability': 0.97, 'text': 'Greetings from channel two.', 'words': [{'end':
        0.7, 'logprob': -0.156, 'speaker_id': 'speaker_1', 'start': 0.1, 'text': 'Greetings', 'type': 'word'}, {'end':
        0.7, 'logprob': 0.0, 'speaker_id': 'speaker_1', 'start': 0.7, 'text': ' ', 'type': 'spacing'}, {'end': 1.0,
        'logprob': -0.078, 'speaker_id': 'speaker_1', 'start': 0.7, 'text': 'from', 'type': 'word'}]}]}

    Attributes:
        transcripts: List of transcripts, one for each audio channel. Each transcript contains the text and word-level
            details for its respective channel.
        transcription_id: The transcription ID of the response.
        audio_duration_secs: The duration of the audio that was transcribed across all channels in seconds.
    """

    transcripts: list[SpeechToTextChunkResponseModel]

    transcription_id: None | str | Unset = UNSET

    audio_duration_secs: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transcripts", "transcripts", list_of(object_of("SpeechToTextChunkResponseModel")), required=True),
        Field("transcription_id", "transcription_id", union(STR, NULL)),
        Field("audio_duration_secs", "audio_duration_secs", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel
