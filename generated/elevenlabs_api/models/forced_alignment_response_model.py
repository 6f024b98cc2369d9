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
    unexpected_type,
)

T = TypeVar("T", bound="ForcedAlignmentResponseModel")


@_attrs_define
class ForcedAlignmentResponseModel:
    """Model representing the response from the aligner service.

    Attributes:
        characters (list[ForcedAlignmentCharacterResponseModel]): List of characters with their timing information.
        words (list[ForcedAlignmentWordResponseModel]): List of words with their timing information.
        loss (float): The average alignment loss/confidence score for the entire transcript, calculated from all
            characters.
    """

    characters: list[ForcedAlignmentCharacterResponseModel]

    words: list[ForcedAlignmentWordResponseModel]

    loss: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        characters: Any
        try:
            characters = []
            for characters_item_data in self.characters:
                characters_item = characters_item_data.to_dict()
                characters.append(characters_item)

        except (AttributeError, TypeError):
            characters = self.characters

        words: Any
        try:
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        except (AttributeError, TypeError):
            words = self.words

        loss = self.loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if characters is not None or "characters" not in self._missing_fields:
            field_dict["characters"] = characters
        if words is not None or "words" not in self._missing_fields:
            field_dict["words"] = words
        if loss is not None or "loss" not in self._missing_fields:
            field_dict["loss"] = loss
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        characters_raw = d.pop("characters", MISSING)
        if characters_raw is MISSING:
            characters = missing_field(cls, "characters")
            _missing += ("characters",)
        else:
            try:
                expect_array("characters", characters_raw)
                characters = []
                _characters = characters_raw
                for characters_item_data in _characters:
                    characters_item = ForcedAlignmentCharacterResponseModel.from_dict(characters_item_data)

                    characters.append(characters_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                characters = deviating_field(cls, "characters", characters_raw)

        words_raw = d.pop("words", MISSING)
        if words_raw is MISSING:
            words = missing_field(cls, "words")
            _missing += ("words",)
        else:
            try:
                expect_array("words", words_raw)
                words = []
                _words = words_raw
                for words_item_data in _words:
                    words_item = ForcedAlignmentWordResponseModel.from_dict(words_item_data)

                    words.append(words_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                words = deviating_field(cls, "words", words_raw)

        loss = d.pop("loss", MISSING)
        if loss.__class__ is not float and loss.__class__ is not int:
            if loss is MISSING:
                loss = missing_field(cls, "loss")
                _missing += ("loss",)
            else:
                loss = unexpected_type(cls, "loss", loss, "a number")

        forced_alignment_response_model = cls(
            characters=characters,
            words=words,
            loss=loss,
        )
        if _missing:
            forced_alignment_response_model._missing_fields = _missing
        forced_alignment_response_model.additional_properties = d
        return forced_alignment_response_model

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
from ..models.forced_alignment_character_response_model import ForcedAlignmentCharacterResponseModel
from ..models.forced_alignment_word_response_model import ForcedAlignmentWordResponseModel
