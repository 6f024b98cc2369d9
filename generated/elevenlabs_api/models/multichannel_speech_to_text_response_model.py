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

T = TypeVar("T", bound="MultichannelSpeechToTextResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MultichannelSpeechToTextResponseModel(Lazy):
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
        transcripts (list[SpeechToTextChunkResponseModel]): List of transcripts, one for each audio channel. Each
            transcript contains the text and word-level details for its respective channel.
        transcription_id (None | str | Unset): The transcription ID of the response.
        audio_duration_secs (float | None | Unset): The duration of the audio that was transcribed across all channels
            in seconds.
    """

    transcripts: list[SpeechToTextChunkResponseModel]

    transcription_id: None | str | Unset = UNSET

    audio_duration_secs: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("transcripts",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        transcripts: Any
        try:
            transcripts = []
            for transcripts_item_data in self.transcripts:
                transcripts_item = transcripts_item_data.to_dict()
                transcripts.append(transcripts_item)

        except (AttributeError, TypeError):
            transcripts = self.transcripts

        transcription_id: Any
        try:
            transcription_id = self.transcription_id

        except (AttributeError, TypeError):
            transcription_id = self.transcription_id

        audio_duration_secs: Any
        try:
            audio_duration_secs = self.audio_duration_secs

        except (AttributeError, TypeError):
            audio_duration_secs = self.audio_duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transcripts is not None or "transcripts" not in self._missing_fields:
            field_dict["transcripts"] = transcripts
        if transcription_id is not UNSET:
            field_dict["transcription_id"] = transcription_id
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
        multichannel_speech_to_text_response_model = cls.__new__(cls)
        multichannel_speech_to_text_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return multichannel_speech_to_text_response_model

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


def _read_transcripts(cls: type[MultichannelSpeechToTextResponseModel], d: Mapping[str, Any]) -> Any:
    transcripts_raw = d.get("transcripts", MISSING)
    if transcripts_raw is MISSING:
        transcripts = missing_field(cls, "transcripts")
    else:
        try:
            expect_array("transcripts", transcripts_raw)
            transcripts = []
            _transcripts = transcripts_raw
            for transcripts_item_data in _transcripts:
                transcripts_item = SpeechToTextChunkResponseModel.from_dict(transcripts_item_data)

                transcripts.append(transcripts_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            transcripts = deviating_field(cls, "transcripts", transcripts_raw)

    return transcripts


_read_transcription_id = plain_reader(
    "transcription_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

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
        "transcripts",
        "transcription_id",
        "audio_duration_secs",
    )
)


def _read_additional_properties(
    cls: type[MultichannelSpeechToTextResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[MultichannelSpeechToTextResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "transcripts" in known:
        transcripts = known["transcripts"]
    else:
        transcripts = _read_transcripts(cls, d)

    transcription_id = d.get("transcription_id", UNSET)
    if transcription_id.__class__ is not str and transcription_id is not None and transcription_id is not UNSET:
        transcription_id = _read_transcription_id(cls, d)

    audio_duration_secs = d.get("audio_duration_secs", UNSET)
    if (
        audio_duration_secs.__class__ is not float
        and audio_duration_secs.__class__ is not int
        and audio_duration_secs is not None
        and audio_duration_secs is not UNSET
    ):
        audio_duration_secs = _read_audio_duration_secs(cls, d)

    return {
        "transcripts": transcripts,
        "transcription_id": transcription_id,
        "audio_duration_secs": audio_duration_secs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MultichannelSpeechToTextResponseModel,
    _all_fields,
    {
        "transcripts": _read_transcripts,
        "transcription_id": _read_transcription_id,
        "audio_duration_secs": _read_audio_duration_secs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel
