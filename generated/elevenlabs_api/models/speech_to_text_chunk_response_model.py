from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import SpeechToTextWordResponseModelTypeType0
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class AdditionalFormatResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    requested_format: The requested format.
    file_extension: The file extension of the additional format.
    content_type: The content type of the additional format.
    is_base64_encoded: Whether the content is base64 encoded.
    content: The content of the additional format.
    """

    requested_format: str

    file_extension: str

    content_type: str

    is_base64_encoded: bool

    content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("requested_format", "requested_format", STR, required=True),
        Field("file_extension", "file_extension", STR, required=True),
        Field("content_type", "content_type", STR, required=True),
        Field("is_base64_encoded", "is_base64_encoded", BOOL, required=True),
        Field("content", "content", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeechToTextCharacterResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'end': 0.1, 'start': 0.0, 'text': 'H'}

    Attributes:
        text: The character that was transcribed.
        start: The start time of the character in seconds.
        end: The end time of the character in seconds.
    """

    text: str

    start: float | None | Unset = UNSET

    end: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("start", "start", union(FLOAT, NULL)),
        Field("end", "end", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeechToTextWordResponseModel(Lazy, AdditionalProperties[Any]):
    """Word-level detail of the transcription with timing information.

    Example:
        {'characters': [{'end': 0.1, 'start': 0.0, 'text': 'H'}, {'end': 0.2, 'start': 0.1, 'text': 'e'}, {'end': 0.3,
        'start': 0.2, 'text': 'l'}, {'end': 0.4, 'start': 0.3, 'text': 'l'}, {'end': 0.5, 'start': 0.4, 'text': 'o'}],
        'end': 0.5, 'logprob': -0.124, 'speaker_id': 'speaker_1', 'start': 0.0, 'text': 'Hello', 'type': 'word'}

    Attributes:
        text: The word or sound that was transcribed.
        type_: The type of the word or sound. 'audio_event' is used for non-word sounds like laughter or footsteps.
        logprob: The log of the probability with which this word was predicted. Logprobs are in range [-infinity, 0],
            higher logprobs indicate a higher confidence the model has in its predictions.
        start: The start time of the word or sound in seconds.
        end: The end time of the word or sound in seconds.
        speaker_id: Unique identifier for the speaker of this word.
        characters: The characters that make up the word and their timing information.
        channel_index: The channel this word was spoken on (for multichannel audio). Null for single-channel
            transcriptions.
    """

    text: str

    type_: SpeechToTextWordResponseModelTypeType0 | str

    logprob: float

    start: float | None | Unset = UNSET

    end: float | None | Unset = UNSET

    speaker_id: None | str | Unset = UNSET

    characters: list[SpeechToTextCharacterResponseModel] | None | Unset = UNSET

    channel_index: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("type_", "type", union(literal("SpeechToTextWordResponseModelTypeType0"), STR), required=True),
        Field("logprob", "logprob", FLOAT, required=True),
        Field("start", "start", union(FLOAT, NULL)),
        Field("end", "end", union(FLOAT, NULL)),
        Field("speaker_id", "speaker_id", union(STR, NULL)),
        Field("characters", "characters", union(list_of(object_of("SpeechToTextCharacterResponseModel")), NULL)),
        Field("channel_index", "channel_index", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.detected_entity import DetectedEntity
