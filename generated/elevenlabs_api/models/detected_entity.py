from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        entity_type = self.entity_type

        start_char = self.start_char

        end_char = self.end_char

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None:
            field_dict["text"] = text
        if entity_type is not None:
            field_dict["entity_type"] = entity_type
        if start_char is not None:
            field_dict["start_char"] = start_char
        if end_char is not None:
            field_dict["end_char"] = end_char
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        text = d.pop("text", MISSING)
        if text is MISSING:
            text = missing_field(cls, "text")

        entity_type = d.pop("entity_type", MISSING)
        if entity_type is MISSING:
            entity_type = missing_field(cls, "entity_type")

        start_char = d.pop("start_char", MISSING)
        if start_char is MISSING:
            start_char = missing_field(cls, "start_char")

        end_char = d.pop("end_char", MISSING)
        if end_char is MISSING:
            end_char = missing_field(cls, "end_char")

        detected_entity = cls(
            text=text,
            entity_type=entity_type,
            start_char=start_char,
            end_char=end_char,
        )
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
