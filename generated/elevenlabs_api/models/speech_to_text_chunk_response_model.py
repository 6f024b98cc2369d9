from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class SpeechToTextChunkResponseModel(Lazy, AdditionalProperties[Any]):
    """Chunk-level detail of the transcription with timing information.

    Example:
        {'language_code': 'en', 'language_probability': 0.98, 'text': 'Hello world!', 'words': [{'end': 0.5, 'logprob':
        -0.124, 'speaker_id': 'speaker_1', 'start': 0.0, 'text': 'Hello', 'type': 'word'}, {'end': 0.5, 'logprob': 0.0,
        'speaker_id': 'speaker_1', 'start': 0.5, 'text': ' ', 'type': 'spacing'}, {'end': 1.2, 'logprob': -0.089,
        'speaker_id': 'speaker_1', 'start': 0.5, 'text': 'world!', 'type': 'word'}]}

    Attributes:
        language_code: The detected language code (e.g. 'eng' for English).
        language_probability: The confidence score of the language detection (0 to 1).
        text: The raw text of the transcription.
        words: List of words with their timing information.
        channel_index: The channel index this transcript belongs to (for multichannel audio).
        additional_formats: Requested additional formats of the transcript.
        transcription_id: The transcription ID of the response.
        entities: List of detected entities with their text, type, and character positions in the transcript.
        audio_duration_secs: The duration of the audio that was transcribed in seconds.
    """

    language_code: str

    language_probability: float

    text: str

    words: list[SpeechToTextWordResponseModel]

    channel_index: int | None | Unset = UNSET

    additional_formats: list[AdditionalFormatResponseModel | None] | None | Unset = UNSET

    transcription_id: None | str | Unset = UNSET

    entities: list[DetectedEntity] | None | Unset = UNSET

    audio_duration_secs: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language_code", "language_code", STR, required=True),
        Field("language_probability", "language_probability", FLOAT, required=True),
        Field("text", "text", STR, required=True),
        Field("words", "words", list_of(object_of("SpeechToTextWordResponseModel")), required=True),
        Field("channel_index", "channel_index", union(INT, NULL)),
        Field(
            "additional_formats",
            "additional_formats",
            union(list_of(union(object_of("AdditionalFormatResponseModel"), NULL)), NULL),
        ),
        Field("transcription_id", "transcription_id", union(STR, NULL)),
        Field("entities", "entities", union(list_of(object_of("DetectedEntity")), NULL)),
        Field("audio_duration_secs", "audio_duration_secs", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.additional_format_response_model import AdditionalFormatResponseModel
from ..models.detected_entity import DetectedEntity
from ..models.speech_to_text_word_response_model import SpeechToTextWordResponseModel
