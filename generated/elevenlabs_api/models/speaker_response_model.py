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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeakerResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeakerResponseModel(Lazy):
    """Example:
        {'duration_secs': 5.0, 'speaker_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    Attributes:
        speaker_id (str): The ID of the speaker.
        duration_secs (float): The duration of the speaker segment in seconds.
        utterances (list[UtteranceResponseModel] | None | Unset): The utterances of the speaker.
    """

    speaker_id: str

    duration_secs: float

    utterances: list[UtteranceResponseModel] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "speaker_id",
        "duration_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        speaker_id = self.speaker_id

        duration_secs = self.duration_secs

        utterances: Any
        try:
            if isinstance(self.utterances, Unset):
                utterances = UNSET
            elif isinstance(self.utterances, list):
                utterances = []
                for utterances_type_0_item_data in self.utterances:
                    utterances_type_0_item = utterances_type_0_item_data.to_dict()
                    utterances.append(utterances_type_0_item)

            else:
                utterances = self.utterances

        except (AttributeError, TypeError):
            utterances = self.utterances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if speaker_id is not None or "speaker_id" not in self._missing_fields:
            field_dict["speaker_id"] = speaker_id
        if duration_secs is not None or "duration_secs" not in self._missing_fields:
            field_dict["duration_secs"] = duration_secs
        if utterances is not UNSET:
            field_dict["utterances"] = utterances
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speaker_response_model = cls.__new__(cls)
        speaker_response_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return speaker_response_model

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


_read_speaker_id = plain_reader("speaker_id", (str,), "a string", True)

_read_duration_secs = plain_reader(
    "duration_secs",
    (
        float,
        int,
    ),
    "a number",
    True,
)


def _read_utterances(cls: type[SpeakerResponseModel], d: Mapping[str, Any]) -> Any:
    utterances_raw = d.get("utterances", UNSET)
    try:

        def _parse_utterances(data: object) -> list[UtteranceResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            utterances_type_0 = []
            _utterances_type_0 = data
            for utterances_type_0_item_data in _utterances_type_0:
                utterances_type_0_item = UtteranceResponseModel.from_dict(utterances_type_0_item_data)

                utterances_type_0.append(utterances_type_0_item)

            return utterances_type_0

        utterances = _parse_utterances(utterances_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        utterances = deviating_field(cls, "utterances", utterances_raw)

    return utterances


_FIELDS: frozenset[str] = frozenset(
    (
        "speaker_id",
        "duration_secs",
        "utterances",
    )
)


def _read_additional_properties(cls: type[SpeakerResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SpeakerResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    speaker_id = d.get("speaker_id", MISSING)
    if speaker_id.__class__ is not str:
        speaker_id = _read_speaker_id(cls, d)

    duration_secs = d.get("duration_secs", MISSING)
    if duration_secs.__class__ is not float and duration_secs.__class__ is not int:
        duration_secs = _read_duration_secs(cls, d)

    if "utterances" in known:
        utterances = known["utterances"]
    else:
        utterances = d.get("utterances", UNSET)
        if utterances is not UNSET and utterances is not None:
            utterances = _read_utterances(cls, d)

    return {
        "speaker_id": speaker_id,
        "duration_secs": duration_secs,
        "utterances": utterances,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeakerResponseModel,
    _all_fields,
    {
        "speaker_id": _read_speaker_id,
        "duration_secs": _read_duration_secs,
        "utterances": _read_utterances,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.utterance_response_model import UtteranceResponseModel
