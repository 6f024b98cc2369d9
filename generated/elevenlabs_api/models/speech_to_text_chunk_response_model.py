from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeechToTextChunkResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechToTextChunkResponseModel(Lazy):
    """Chunk-level detail of the transcription with timing information.

    Example:
        {'language_code': 'en', 'language_probability': 0.98, 'text': 'Hello world!', 'words': [{'end': 0.5, 'logprob':
        -0.124, 'speaker_id': 'speaker_1', 'start': 0.0, 'text': 'Hello', 'type': 'word'}, {'end': 0.5, 'logprob': 0.0,
        'speaker_id': 'speaker_1', 'start': 0.5, 'text': ' ', 'type': 'spacing'}, {'end': 1.2, 'logprob': -0.089,
        'speaker_id': 'speaker_1', 'start': 0.5, 'text': 'world!', 'type': 'word'}]}

    Attributes:
        language_code (str): The detected language code (e.g. 'eng' for English).
        language_probability (float): The confidence score of the language detection (0 to 1).
        text (str): The raw text of the transcription.
        words (list[SpeechToTextWordResponseModel]): List of words with their timing information.
        channel_index (int | None | Unset): The channel index this transcript belongs to (for multichannel audio).
        additional_formats (list[AdditionalFormatResponseModel | None] | None | Unset): Requested additional formats of
            the transcript.
        transcription_id (None | str | Unset): The transcription ID of the response.
        entities (list[DetectedEntity] | None | Unset): List of detected entities with their text, type, and character
            positions in the transcript.
        audio_duration_secs (float | None | Unset): The duration of the audio that was transcribed in seconds.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "language_code",
        "language_probability",
        "text",
        "words",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language_code = self.language_code

        language_probability = self.language_probability

        text = self.text

        words: Any
        try:
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        except (AttributeError, TypeError):
            words = self.words

        channel_index: Any
        try:
            channel_index = self.channel_index

        except (AttributeError, TypeError):
            channel_index = self.channel_index

        additional_formats: Any
        try:
            if isinstance(self.additional_formats, Unset):
                additional_formats = UNSET
            elif isinstance(self.additional_formats, list):
                additional_formats = []
                for additional_formats_type_0_item_data in self.additional_formats:
                    additional_formats_type_0_item: dict[str, Any] | None
                    if isinstance(additional_formats_type_0_item_data, AdditionalFormatResponseModel):
                        additional_formats_type_0_item = additional_formats_type_0_item_data.to_dict()
                    else:
                        additional_formats_type_0_item = additional_formats_type_0_item_data

                    additional_formats.append(additional_formats_type_0_item)

            else:
                additional_formats = self.additional_formats

        except (AttributeError, TypeError):
            additional_formats = self.additional_formats

        transcription_id: Any
        try:
            transcription_id = self.transcription_id

        except (AttributeError, TypeError):
            transcription_id = self.transcription_id

        entities: Any
        try:
            if isinstance(self.entities, Unset):
                entities = UNSET
            elif isinstance(self.entities, list):
                entities = []
                for entities_type_0_item_data in self.entities:
                    entities_type_0_item = entities_type_0_item_data.to_dict()
                    entities.append(entities_type_0_item)

            else:
                entities = self.entities

        except (AttributeError, TypeError):
            entities = self.entities

        audio_duration_secs: Any
        try:
            audio_duration_secs = self.audio_duration_secs

        except (AttributeError, TypeError):
            audio_duration_secs = self.audio_duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language_code is not None or "language_code" not in self._missing_fields:
            field_dict["language_code"] = language_code
        if language_probability is not None or "language_probability" not in self._missing_fields:
            field_dict["language_probability"] = language_probability
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if words is not None or "words" not in self._missing_fields:
            field_dict["words"] = words
        if channel_index is not UNSET:
            field_dict["channel_index"] = channel_index
        if additional_formats is not UNSET:
            field_dict["additional_formats"] = additional_formats
        if transcription_id is not UNSET:
            field_dict["transcription_id"] = transcription_id
        if entities is not UNSET:
            field_dict["entities"] = entities
        if audio_duration_secs is not UNSET:
            field_dict["audio_duration_secs"] = audio_duration_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_to_text_chunk_response_model = cls.__new__(cls)
        speech_to_text_chunk_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return speech_to_text_chunk_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_language_code = plain_reader("language_code", (str,), "a string", True)

_read_language_probability = plain_reader(
    "language_probability",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_text = plain_reader("text", (str,), "a string", True)


def _read_words(cls: type[SpeechToTextChunkResponseModel], d: Mapping[str, Any]) -> Any:
    words_raw = d.get("words", MISSING)
    if words_raw is MISSING:
        words = missing_field(cls, "words")
    else:
        try:
            expect_array("words", words_raw)
            words = []
            _words = words_raw
            for words_item_data in _words:
                words_item = SpeechToTextWordResponseModel.from_dict(words_item_data)

                words.append(words_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            words = deviating_field(cls, "words", words_raw)

    return words


_read_channel_index = plain_reader(
    "channel_index",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_additional_formats(cls: type[SpeechToTextChunkResponseModel], d: Mapping[str, Any]) -> Any:
    additional_formats_raw = d.get("additional_formats", UNSET)
    try:

        def _parse_additional_formats(data: object) -> list[AdditionalFormatResponseModel | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            additional_formats_type_0 = []
            _additional_formats_type_0 = data
            for additional_formats_type_0_item_data in _additional_formats_type_0:

                def _parse_additional_formats_type_0_item(data: object) -> AdditionalFormatResponseModel | None:
                    if data is None:
                        return data

                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_formats_type_0_item_type_0 = AdditionalFormatResponseModel.from_dict(data)

                    return additional_formats_type_0_item_type_0

                additional_formats_type_0_item = _parse_additional_formats_type_0_item(
                    additional_formats_type_0_item_data
                )

                additional_formats_type_0.append(additional_formats_type_0_item)

            return additional_formats_type_0

        additional_formats = _parse_additional_formats(additional_formats_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        additional_formats = deviating_field(cls, "additional_formats", additional_formats_raw)

    return additional_formats


_read_transcription_id = plain_reader(
    "transcription_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_entities(cls: type[SpeechToTextChunkResponseModel], d: Mapping[str, Any]) -> Any:
    entities_raw = d.get("entities", UNSET)
    try:

        def _parse_entities(data: object) -> list[DetectedEntity] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            entities_type_0 = []
            _entities_type_0 = data
            for entities_type_0_item_data in _entities_type_0:
                entities_type_0_item = DetectedEntity.from_dict(entities_type_0_item_data)

                entities_type_0.append(entities_type_0_item)

            return entities_type_0

        entities = _parse_entities(entities_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        entities = deviating_field(cls, "entities", entities_raw)

    return entities


_read_audio_duration_secs = plain_reader(
    "audio_duration_secs",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "language_code",
        "language_probability",
        "text",
        "words",
        "channel_index",
        "additional_formats",
        "transcription_id",
        "entities",
        "audio_duration_secs",
    )
)


def _read_additional_properties(cls: type[SpeechToTextChunkResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SpeechToTextChunkResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    language_code = d.get("language_code", MISSING)
    if language_code.__class__ is not str:
        language_code = _read_language_code(cls, d)

    language_probability = d.get("language_probability", MISSING)
    if language_probability.__class__ is not float and language_probability.__class__ is not int:
        language_probability = _read_language_probability(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    if "words" in known:
        words = known["words"]
    else:
        words = _read_words(cls, d)

    channel_index = d.get("channel_index", UNSET)
    if channel_index.__class__ is not int and channel_index is not None and channel_index is not UNSET:
        channel_index = _read_channel_index(cls, d)

    if "additional_formats" in known:
        additional_formats = known["additional_formats"]
    else:
        additional_formats = d.get("additional_formats", UNSET)
        if additional_formats is not UNSET and additional_formats is not None:
            additional_formats = _read_additional_formats(cls, d)

    transcription_id = d.get("transcription_id", UNSET)
    if transcription_id.__class__ is not str and transcription_id is not None and transcription_id is not UNSET:
        transcription_id = _read_transcription_id(cls, d)

    if "entities" in known:
        entities = known["entities"]
    else:
        entities = d.get("entities", UNSET)
        if entities is not UNSET and entities is not None:
            entities = _read_entities(cls, d)

    audio_duration_secs = d.get("audio_duration_secs", UNSET)
    if (
        audio_duration_secs.__class__ is not float
        and audio_duration_secs.__class__ is not int
        and audio_duration_secs is not None
        and audio_duration_secs is not UNSET
    ):
        audio_duration_secs = _read_audio_duration_secs(cls, d)

    return {
        "language_code": language_code,
        "language_probability": language_probability,
        "text": text,
        "words": words,
        "channel_index": channel_index,
        "additional_formats": additional_formats,
        "transcription_id": transcription_id,
        "entities": entities,
        "audio_duration_secs": audio_duration_secs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechToTextChunkResponseModel,
    _all_fields,
    {
        "language_code": _read_language_code,
        "language_probability": _read_language_probability,
        "text": _read_text,
        "words": _read_words,
        "channel_index": _read_channel_index,
        "additional_formats": _read_additional_formats,
        "transcription_id": _read_transcription_id,
        "entities": _read_entities,
        "audio_duration_secs": _read_audio_duration_secs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.additional_format_response_model import AdditionalFormatResponseModel
from ..models.detected_entity import DetectedEntity
from ..models.speech_to_text_word_response_model import SpeechToTextWordResponseModel
