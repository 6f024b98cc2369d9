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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DetectedEntity")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DetectedEntity(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "text",
        "entity_type",
        "start_char",
        "end_char",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        detected_entity = cls.__new__(cls)
        detected_entity.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_text = plain_reader("text", (str,), "a string", True)

_read_entity_type = plain_reader("entity_type", (str,), "a string", True)

_read_start_char = plain_reader("start_char", (int,), "an integer", True)

_read_end_char = plain_reader("end_char", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "entity_type",
        "start_char",
        "end_char",
    )
)


def _read_additional_properties(cls: type[DetectedEntity], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DetectedEntity], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    entity_type = d.get("entity_type", MISSING)
    if entity_type.__class__ is not str:
        entity_type = _read_entity_type(cls, d)

    start_char = d.get("start_char", MISSING)
    if start_char.__class__ is not int:
        start_char = _read_start_char(cls, d)

    end_char = d.get("end_char", MISSING)
    if end_char.__class__ is not int:
        end_char = _read_end_char(cls, d)

    return {
        "text": text,
        "entity_type": entity_type,
        "start_char": start_char,
        "end_char": end_char,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DetectedEntity,
    _all_fields,
    {
        "text": _read_text,
        "entity_type": _read_entity_type,
        "start_char": _read_start_char,
        "end_char": _read_end_char,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
