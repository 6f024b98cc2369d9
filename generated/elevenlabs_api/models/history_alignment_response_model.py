from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="HistoryAlignmentResponseModel")


@_attrs_define
class HistoryAlignmentResponseModel:
    """Attributes:
    characters (list[str]): The characters in the alignment.
    character_start_times_seconds (list[float]): The start times of the characters in seconds.
    character_end_times_seconds (list[float]): The end times of the characters in seconds.
    """

    characters: list[str]

    character_start_times_seconds: list[float]

    character_end_times_seconds: list[float]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        characters = d.pop("characters", MISSING)
        if characters.__class__ is not list:
            if characters is MISSING:
                characters = missing_field(cls, "characters")
                _missing += ("characters",)
            else:
                characters = unexpected_type(cls, "characters", characters, "an array")
        elif characters.__class__ is list and characters:
            check_items(cls, "characters", characters, (str,), "a string")

        character_start_times_seconds = d.pop("character_start_times_seconds", MISSING)
        if character_start_times_seconds.__class__ is not list:
            if character_start_times_seconds is MISSING:
                character_start_times_seconds = missing_field(cls, "character_start_times_seconds")
                _missing += ("character_start_times_seconds",)
            else:
                character_start_times_seconds = unexpected_type(
                    cls, "character_start_times_seconds", character_start_times_seconds, "an array"
                )
        elif character_start_times_seconds.__class__ is list and character_start_times_seconds:
            check_items(cls, "character_start_times_seconds", character_start_times_seconds, (float, int), "a number")

        character_end_times_seconds = d.pop("character_end_times_seconds", MISSING)
        if character_end_times_seconds.__class__ is not list:
            if character_end_times_seconds is MISSING:
                character_end_times_seconds = missing_field(cls, "character_end_times_seconds")
                _missing += ("character_end_times_seconds",)
            else:
                character_end_times_seconds = unexpected_type(
                    cls, "character_end_times_seconds", character_end_times_seconds, "an array"
                )
        elif character_end_times_seconds.__class__ is list and character_end_times_seconds:
            check_items(cls, "character_end_times_seconds", character_end_times_seconds, (float, int), "a number")

        history_alignment_response_model = cls(
            characters=characters,
            character_start_times_seconds=character_start_times_seconds,
            character_end_times_seconds=character_end_times_seconds,
        )
        if _missing:
            history_alignment_response_model._missing_fields = _missing
        history_alignment_response_model.additional_properties = d
        return history_alignment_response_model

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
