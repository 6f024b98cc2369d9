from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    SpeakerSeparationResponseModelStatusType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeakerSeparationResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeakerSeparationResponseModel(Lazy):
    """Example:
        {'sample_id': 'DCwhRBWXzGAHq8TQ4Fs18', 'status': 'not_started', 'voice_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    Attributes:
        voice_id (str): The ID of the voice.
        sample_id (str): The ID of the sample.
        status (SpeakerSeparationResponseModelStatusType0 | str): The status of the speaker separation.
        speakers (None | SpeakerSeparationResponseModelSpeakersType0 | Unset): The speakers of the sample.
        selected_speaker_ids (list[str] | None | Unset): The IDs of the selected speakers.
    """

    voice_id: str

    sample_id: str

    status: SpeakerSeparationResponseModelStatusType0 | str

    speakers: None | SpeakerSeparationResponseModelSpeakersType0 | Unset = UNSET

    selected_speaker_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "voice_id",
        "sample_id",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voice_id = self.voice_id

        sample_id = self.sample_id

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        speakers: Any
        try:
            if isinstance(self.speakers, Unset):
                speakers = UNSET
            elif isinstance(self.speakers, SpeakerSeparationResponseModelSpeakersType0):
                speakers = self.speakers.to_dict()
            else:
                speakers = self.speakers

        except (AttributeError, TypeError):
            speakers = self.speakers

        selected_speaker_ids: Any
        try:
            if isinstance(self.selected_speaker_ids, Unset):
                selected_speaker_ids = UNSET
            elif isinstance(self.selected_speaker_ids, list):
                selected_speaker_ids = self.selected_speaker_ids

            else:
                selected_speaker_ids = self.selected_speaker_ids

        except (AttributeError, TypeError):
            selected_speaker_ids = self.selected_speaker_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if sample_id is not None or "sample_id" not in self._missing_fields:
            field_dict["sample_id"] = sample_id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if speakers is not UNSET:
            field_dict["speakers"] = speakers
        if selected_speaker_ids is not UNSET:
            field_dict["selected_speaker_ids"] = selected_speaker_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speaker_separation_response_model = cls.__new__(cls)
        speaker_separation_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return speaker_separation_response_model

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


_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_sample_id = plain_reader("sample_id", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)


def _read_speakers(cls: type[SpeakerSeparationResponseModel], d: Mapping[str, Any]) -> Any:
    speakers_raw = d.get("speakers", UNSET)
    try:

        def _parse_speakers(data: object) -> None | SpeakerSeparationResponseModelSpeakersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            speakers_type_0 = SpeakerSeparationResponseModelSpeakersType0.from_dict(data)

            return speakers_type_0

        speakers = _parse_speakers(speakers_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        speakers = deviating_field(cls, "speakers", speakers_raw)

    return speakers


_read_selected_speaker_ids = plain_reader(
    "selected_speaker_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "voice_id",
        "sample_id",
        "status",
        "speakers",
        "selected_speaker_ids",
    )
)


def _read_additional_properties(cls: type[SpeakerSeparationResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SpeakerSeparationResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    sample_id = d.get("sample_id", MISSING)
    if sample_id.__class__ is not str:
        sample_id = _read_sample_id(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    if "speakers" in known:
        speakers = known["speakers"]
    else:
        speakers = d.get("speakers", UNSET)
        if speakers is not UNSET and speakers is not None:
            speakers = _read_speakers(cls, d)

    selected_speaker_ids = d.get("selected_speaker_ids", UNSET)
    if (
        selected_speaker_ids.__class__ is not list
        and selected_speaker_ids is not None
        and selected_speaker_ids is not UNSET
    ):
        selected_speaker_ids = _read_selected_speaker_ids(cls, d)
    elif selected_speaker_ids.__class__ is list and selected_speaker_ids:
        check_items(cls, "selected_speaker_ids", selected_speaker_ids, (str,), "a string")

    return {
        "voice_id": voice_id,
        "sample_id": sample_id,
        "status": status,
        "speakers": speakers,
        "selected_speaker_ids": selected_speaker_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeakerSeparationResponseModel,
    _all_fields,
    {
        "voice_id": _read_voice_id,
        "sample_id": _read_sample_id,
        "status": _read_status,
        "speakers": _read_speakers,
        "selected_speaker_ids": _read_selected_speaker_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speaker_separation_response_model_speakers_type_0 import SpeakerSeparationResponseModelSpeakersType0
