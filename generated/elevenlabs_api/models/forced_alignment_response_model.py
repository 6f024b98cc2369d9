from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ForcedAlignmentResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ForcedAlignmentResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "characters",
        "words",
        "loss",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        forced_alignment_response_model = cls.__new__(cls)
        forced_alignment_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_characters(cls: type[ForcedAlignmentResponseModel], d: Mapping[str, Any]) -> Any:
    characters_raw = d.get("characters", MISSING)
    if characters_raw is MISSING:
        characters = missing_field(cls, "characters")
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

    return characters


def _read_words(cls: type[ForcedAlignmentResponseModel], d: Mapping[str, Any]) -> Any:
    words_raw = d.get("words", MISSING)
    if words_raw is MISSING:
        words = missing_field(cls, "words")
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

    return words


_read_loss = plain_reader(
    "loss",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "characters",
        "words",
        "loss",
    )
)


def _read_additional_properties(cls: type[ForcedAlignmentResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ForcedAlignmentResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "characters" in known:
        characters = known["characters"]
    else:
        characters = _read_characters(cls, d)

    if "words" in known:
        words = known["words"]
    else:
        words = _read_words(cls, d)

    loss = d.get("loss", MISSING)
    if loss.__class__ is not float and loss.__class__ is not int:
        loss = _read_loss(cls, d)

    return {
        "characters": characters,
        "words": words,
        "loss": loss,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ForcedAlignmentResponseModel,
    _all_fields,
    {
        "characters": _read_characters,
        "words": _read_words,
        "loss": _read_loss,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.forced_alignment_character_response_model import ForcedAlignmentCharacterResponseModel
from ..models.forced_alignment_word_response_model import ForcedAlignmentWordResponseModel
