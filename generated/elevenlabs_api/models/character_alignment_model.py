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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CharacterAlignmentModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CharacterAlignmentModel(Lazy):
    """Attributes:
    characters (list[str]):
    character_start_times_seconds (list[float]):
    character_end_times_seconds (list[float]):
    """

    characters: list[str]

    character_start_times_seconds: list[float]

    character_end_times_seconds: list[float]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "characters",
        "character_start_times_seconds",
        "character_end_times_seconds",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        characters: Any
        try:
            characters = self.characters

        except (AttributeError, TypeError):
            characters = self.characters

        character_start_times_seconds: Any
        try:
            character_start_times_seconds = self.character_start_times_seconds

        except (AttributeError, TypeError):
            character_start_times_seconds = self.character_start_times_seconds

        character_end_times_seconds: Any
        try:
            character_end_times_seconds = self.character_end_times_seconds

        except (AttributeError, TypeError):
            character_end_times_seconds = self.character_end_times_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if characters is not None or "characters" not in self._missing_fields:
            field_dict["characters"] = characters
        if character_start_times_seconds is not None or "character_start_times_seconds" not in self._missing_fields:
            field_dict["character_start_times_seconds"] = character_start_times_seconds
        if character_end_times_seconds is not None or "character_end_times_seconds" not in self._missing_fields:
            field_dict["character_end_times_seconds"] = character_end_times_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        character_alignment_model = cls.__new__(cls)
        character_alignment_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return character_alignment_model

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


_read_characters = plain_reader("characters", (list,), "an array", True, ((str,), "a string"))

_read_character_start_times_seconds = plain_reader(
    "character_start_times_seconds", (list,), "an array", True, ((float, int), "a number")
)

_read_character_end_times_seconds = plain_reader(
    "character_end_times_seconds", (list,), "an array", True, ((float, int), "a number")
)


_FIELDS: frozenset[str] = frozenset(
    (
        "characters",
        "character_start_times_seconds",
        "character_end_times_seconds",
    )
)


def _read_additional_properties(cls: type[CharacterAlignmentModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CharacterAlignmentModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    characters = d.get("characters", MISSING)
    if characters.__class__ is not list:
        characters = _read_characters(cls, d)
    elif characters.__class__ is list and characters:
        check_items(cls, "characters", characters, (str,), "a string")

    character_start_times_seconds = d.get("character_start_times_seconds", MISSING)
    if character_start_times_seconds.__class__ is not list:
        character_start_times_seconds = _read_character_start_times_seconds(cls, d)
    elif character_start_times_seconds.__class__ is list and character_start_times_seconds:
        check_items(cls, "character_start_times_seconds", character_start_times_seconds, (float, int), "a number")

    character_end_times_seconds = d.get("character_end_times_seconds", MISSING)
    if character_end_times_seconds.__class__ is not list:
        character_end_times_seconds = _read_character_end_times_seconds(cls, d)
    elif character_end_times_seconds.__class__ is list and character_end_times_seconds:
        check_items(cls, "character_end_times_seconds", character_end_times_seconds, (float, int), "a number")

    return {
        "characters": characters,
        "character_start_times_seconds": character_start_times_seconds,
        "character_end_times_seconds": character_end_times_seconds,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CharacterAlignmentModel,
    _all_fields,
    {
        "characters": _read_characters,
        "character_start_times_seconds": _read_character_start_times_seconds,
        "character_end_times_seconds": _read_character_end_times_seconds,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
