from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    SpeechToTextWordResponseModelTypeType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeechToTextWordResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechToTextWordResponseModel(Lazy):
    """Word-level detail of the transcription with timing information.

    Example:
        {'characters': [{'end': 0.1, 'start': 0.0, 'text': 'H'}, {'end': 0.2, 'start': 0.1, 'text': 'e'}, {'end': 0.3,
        'start': 0.2, 'text': 'l'}, {'end': 0.4, 'start': 0.3, 'text': 'l'}, {'end': 0.5, 'start': 0.4, 'text': 'o'}],
        'end': 0.5, 'logprob': -0.124, 'speaker_id': 'speaker_1', 'start': 0.0, 'text': 'Hello', 'type': 'word'}

    Attributes:
        text (str): The word or sound that was transcribed.
        type_ (SpeechToTextWordResponseModelTypeType0 | str): The type of the word or sound. 'audio_event' is used for
            non-word sounds like laughter or footsteps.
        logprob (float): The log of the probability with which this word was predicted. Logprobs are in range
            [-infinity, 0], higher logprobs indicate a higher confidence the model has in its predictions.
        start (float | None | Unset): The start time of the word or sound in seconds.
        end (float | None | Unset): The end time of the word or sound in seconds.
        speaker_id (None | str | Unset): Unique identifier for the speaker of this word.
        characters (list[SpeechToTextCharacterResponseModel] | None | Unset): The characters that make up the word and
            their timing information.
        channel_index (int | None | Unset): The channel this word was spoken on (for multichannel audio). Null for
            single-channel transcriptions.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "text",
        "type",
        "logprob",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        logprob = self.logprob

        start: Any
        try:
            start = self.start

        except (AttributeError, TypeError):
            start = self.start

        end: Any
        try:
            end = self.end

        except (AttributeError, TypeError):
            end = self.end

        speaker_id: Any
        try:
            speaker_id = self.speaker_id

        except (AttributeError, TypeError):
            speaker_id = self.speaker_id

        characters: Any
        try:
            if isinstance(self.characters, Unset):
                characters = UNSET
            elif isinstance(self.characters, list):
                characters = []
                for characters_type_0_item_data in self.characters:
                    characters_type_0_item = characters_type_0_item_data.to_dict()
                    characters.append(characters_type_0_item)

            else:
                characters = self.characters

        except (AttributeError, TypeError):
            characters = self.characters

        channel_index: Any
        try:
            channel_index = self.channel_index

        except (AttributeError, TypeError):
            channel_index = self.channel_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if logprob is not None or "logprob" not in self._missing_fields:
            field_dict["logprob"] = logprob
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if characters is not UNSET:
            field_dict["characters"] = characters
        if channel_index is not UNSET:
            field_dict["channel_index"] = channel_index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_to_text_word_response_model = cls.__new__(cls)
        speech_to_text_word_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return speech_to_text_word_response_model

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


_read_text = plain_reader("text", (str,), "a string", True)

_read_type_ = plain_reader("type", (str,), "a string", True)

_read_logprob = plain_reader(
    "logprob",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_start = plain_reader(
    "start",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_end = plain_reader(
    "end",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_speaker_id = plain_reader(
    "speaker_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_characters(cls: type[SpeechToTextWordResponseModel], d: Mapping[str, Any]) -> Any:
    characters_raw = d.get("characters", UNSET)
    try:

        def _parse_characters(data: object) -> list[SpeechToTextCharacterResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            characters_type_0 = []
            _characters_type_0 = data
            for characters_type_0_item_data in _characters_type_0:
                characters_type_0_item = SpeechToTextCharacterResponseModel.from_dict(characters_type_0_item_data)

                characters_type_0.append(characters_type_0_item)

            return characters_type_0

        characters = _parse_characters(characters_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        characters = deviating_field(cls, "characters", characters_raw)

    return characters


_read_channel_index = plain_reader(
    "channel_index",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "type",
        "logprob",
        "start",
        "end",
        "speaker_id",
        "characters",
        "channel_index",
    )
)


def _read_additional_properties(cls: type[SpeechToTextWordResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SpeechToTextWordResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    logprob = d.get("logprob", MISSING)
    if logprob.__class__ is not float and logprob.__class__ is not int:
        logprob = _read_logprob(cls, d)

    start = d.get("start", UNSET)
    if start.__class__ is not float and start.__class__ is not int and start is not None and start is not UNSET:
        start = _read_start(cls, d)

    end = d.get("end", UNSET)
    if end.__class__ is not float and end.__class__ is not int and end is not None and end is not UNSET:
        end = _read_end(cls, d)

    speaker_id = d.get("speaker_id", UNSET)
    if speaker_id.__class__ is not str and speaker_id is not None and speaker_id is not UNSET:
        speaker_id = _read_speaker_id(cls, d)

    if "characters" in known:
        characters = known["characters"]
    else:
        characters = d.get("characters", UNSET)
        if characters is not UNSET and characters is not None:
            characters = _read_characters(cls, d)

    channel_index = d.get("channel_index", UNSET)
    if channel_index.__class__ is not int and channel_index is not None and channel_index is not UNSET:
        channel_index = _read_channel_index(cls, d)

    return {
        "text": text,
        "type_": type_,
        "logprob": logprob,
        "start": start,
        "end": end,
        "speaker_id": speaker_id,
        "characters": characters,
        "channel_index": channel_index,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechToTextWordResponseModel,
    _all_fields,
    {
        "text": _read_text,
        "type_": _read_type_,
        "logprob": _read_logprob,
        "start": _read_start,
        "end": _read_end,
        "speaker_id": _read_speaker_id,
        "characters": _read_characters,
        "channel_index": _read_channel_index,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speech_to_text_character_response_model import SpeechToTextCharacterResponseModel
