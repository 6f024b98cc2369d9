from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="SimilarVoicesForSpeakerResponse")


@_attrs_define
class SimilarVoicesForSpeakerResponse:
    """Attributes:
    voices (list[SimilarVoice]):
    """

    voices: list[SimilarVoice]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        voices: Any
        try:
            voices = []
            for voices_item_data in self.voices:
                voices_item = voices_item_data.to_dict()
                voices.append(voices_item)

        except (AttributeError, TypeError):
            voices = self.voices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voices is not None or "voices" not in self._missing_fields:
            field_dict["voices"] = voices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        voices_raw = d.pop("voices", MISSING)
        if voices_raw is MISSING:
            voices = missing_field(cls, "voices")
            _missing += ("voices",)
        else:
            try:
                expect_array("voices", voices_raw)
                voices = []
                _voices = voices_raw
                for voices_item_data in _voices:
                    voices_item = SimilarVoice.from_dict(voices_item_data)

                    voices.append(voices_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                voices = deviating_field(cls, "voices", voices_raw)

        similar_voices_for_speaker_response = cls(
            voices=voices,
        )
        if _missing:
            similar_voices_for_speaker_response._missing_fields = _missing
        similar_voices_for_speaker_response.additional_properties = d
        return similar_voices_for_speaker_response

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
from ..models.similar_voice import SimilarVoice
