from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ForcedAlignmentCharacterResponseModel")


@_attrs_define
class ForcedAlignmentCharacterResponseModel:
    """Model representing a single character with its timing information from the aligner.

    Example:
        {'end': 0.02, 'start': 0.0, 'text': 'H'}

    Attributes:
        text (str): The character that was transcribed.
        start (float): The start time of the character in seconds.
        end (float): The end time of the character in seconds.
    """

    text: str

    start: float

    end: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["text"] = text
        field_dict["start"] = start
        field_dict["end"] = end
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        start = d.pop("start")

        end = d.pop("end")

        forced_alignment_character_response_model = cls(
            text=text,
            start=start,
            end=end,
        )
        forced_alignment_character_response_model.additional_properties = d
        return forced_alignment_character_response_model

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
