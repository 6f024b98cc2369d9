from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

T = TypeVar("T", bound="ForcedAlignmentWordResponseModel")


@_attrs_define
class ForcedAlignmentWordResponseModel:
    """Model representing a single word with its timing information from the aligner.

    Example:
        {'end': 1.02, 'loss': 0.12, 'start': 0.0, 'text': 'Hello'}

    Attributes:
        text (str): The word that was transcribed.
        start (float): The start time of the word in seconds.
        end (float): The end time of the word in seconds.
        loss (float): The average alignment loss/confidence score for this word, calculated from its constituent
            characters.
    """

    text: str

    start: float

    end: float

    loss: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start = self.start

        end = self.end

        loss = self.loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None:
            field_dict["text"] = text
        if start is not None:
            field_dict["start"] = start
        if end is not None:
            field_dict["end"] = end
        if loss is not None:
            field_dict["loss"] = loss
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        text = d.pop("text", MISSING)
        if text is MISSING:
            text = missing_field(cls, "text")

        start = d.pop("start", MISSING)
        if start is MISSING:
            start = missing_field(cls, "start")

        end = d.pop("end", MISSING)
        if end is MISSING:
            end = missing_field(cls, "end")

        loss = d.pop("loss", MISSING)
        if loss is MISSING:
            loss = missing_field(cls, "loss")

        forced_alignment_word_response_model = cls(
            text=text,
            start=start,
            end=end,
            loss=loss,
        )
        forced_alignment_word_response_model.additional_properties = d
        return forced_alignment_word_response_model

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
