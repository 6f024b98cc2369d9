from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SpeakerResponseModel")


@_attrs_define
class SpeakerResponseModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        speaker_id = d.pop("speaker_id", MISSING)
        if speaker_id.__class__ is not str:
            if speaker_id is MISSING:
                speaker_id = missing_field(cls, "speaker_id")
                _missing += ("speaker_id",)
            else:
                speaker_id = unexpected_type(cls, "speaker_id", speaker_id, "a string")

        duration_secs = d.pop("duration_secs", MISSING)
        if duration_secs.__class__ is not float and duration_secs.__class__ is not int:
            if duration_secs is MISSING:
                duration_secs = missing_field(cls, "duration_secs")
                _missing += ("duration_secs",)
            else:
                duration_secs = unexpected_type(cls, "duration_secs", duration_secs, "a number")

        utterances_raw = d.pop("utterances", UNSET)
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

        speaker_response_model = cls(
            speaker_id=speaker_id,
            duration_secs=duration_secs,
            utterances=utterances,
        )
        if _missing:
            speaker_response_model._missing_fields = _missing
        speaker_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.utterance_response_model import UtteranceResponseModel
