from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    SpeechToTextWordResponseModelTypeType0,
)
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
    literal,
    object_of,
    union,
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
from ..models.speech_to_text_character_response_model import SpeechToTextCharacterResponseModel
