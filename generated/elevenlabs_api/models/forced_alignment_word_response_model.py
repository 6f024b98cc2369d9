from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start = self.start

        end = self.end

        loss = self.loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if start is not None or "start" not in self._missing_fields:
            field_dict["start"] = start
        if end is not None or "end" not in self._missing_fields:
            field_dict["end"] = end
        if loss is not None or "loss" not in self._missing_fields:
            field_dict["loss"] = loss
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        start = d.pop("start", MISSING)
        if start.__class__ is not float and start.__class__ is not int:
            if start is MISSING:
                start = missing_field(cls, "start")
                _missing += ("start",)
            else:
                start = unexpected_type(cls, "start", start, "a number")

        end = d.pop("end", MISSING)
        if end.__class__ is not float and end.__class__ is not int:
            if end is MISSING:
                end = missing_field(cls, "end")
                _missing += ("end",)
            else:
                end = unexpected_type(cls, "end", end, "a number")

        loss = d.pop("loss", MISSING)
        if loss.__class__ is not float and loss.__class__ is not int:
            if loss is MISSING:
                loss = missing_field(cls, "loss")
                _missing += ("loss",)
            else:
                loss = unexpected_type(cls, "loss", loss, "a number")

        forced_alignment_word_response_model = cls(
            text=text,
            start=start,
            end=end,
            loss=loss,
        )
        if _missing:
            forced_alignment_word_response_model._missing_fields = _missing
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
