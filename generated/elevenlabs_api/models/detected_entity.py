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

T = TypeVar("T", bound="DetectedEntity")


@_attrs_define
class DetectedEntity:
    """Attributes:
    text (str): The text that was identified as an entity.
    entity_type (str): The type of entity detected (e.g., 'credit_card', 'email_address', 'person_name').
    start_char (int): Start character position in the transcript text.
    end_char (int): End character position in the transcript text.
    """

    text: str

    entity_type: str

    start_char: int

    end_char: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        entity_type = self.entity_type

        start_char = self.start_char

        end_char = self.end_char

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if entity_type is not None or "entity_type" not in self._missing_fields:
            field_dict["entity_type"] = entity_type
        if start_char is not None or "start_char" not in self._missing_fields:
            field_dict["start_char"] = start_char
        if end_char is not None or "end_char" not in self._missing_fields:
            field_dict["end_char"] = end_char
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

        entity_type = d.pop("entity_type", MISSING)
        if entity_type.__class__ is not str:
            if entity_type is MISSING:
                entity_type = missing_field(cls, "entity_type")
                _missing += ("entity_type",)
            else:
                entity_type = unexpected_type(cls, "entity_type", entity_type, "a string")

        start_char = d.pop("start_char", MISSING)
        if start_char.__class__ is not int:
            if start_char is MISSING:
                start_char = missing_field(cls, "start_char")
                _missing += ("start_char",)
            else:
                start_char = unexpected_type(cls, "start_char", start_char, "an integer")

        end_char = d.pop("end_char", MISSING)
        if end_char.__class__ is not int:
            if end_char is MISSING:
                end_char = missing_field(cls, "end_char")
                _missing += ("end_char",)
            else:
                end_char = unexpected_type(cls, "end_char", end_char, "an integer")

        detected_entity = cls(
            text=text,
            entity_type=entity_type,
            start_char=start_char,
            end_char=end_char,
        )
        if _missing:
            detected_entity._missing_fields = _missing
        detected_entity.additional_properties = d
        return detected_entity

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
