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

T = TypeVar("T", bound="VideoKeyMoment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VideoKeyMoment(Lazy):
    """Attributes:
    timestamp_ms (int):
    type_ (str):
    description (str):
    """

    timestamp_ms: int

    type_: str

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "timestamp_ms",
        "type",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        timestamp_ms = self.timestamp_ms

        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if timestamp_ms is not None or "timestamp_ms" not in self._missing_fields:
            field_dict["timestamp_ms"] = timestamp_ms
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        video_key_moment = cls.__new__(cls)
        video_key_moment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return video_key_moment

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


_read_timestamp_ms = plain_reader("timestamp_ms", (int,), "an integer", True)

_read_type_ = plain_reader("type", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "timestamp_ms",
        "type",
        "description",
    )
)


def _read_additional_properties(cls: type[VideoKeyMoment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VideoKeyMoment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    timestamp_ms = d.get("timestamp_ms", MISSING)
    if timestamp_ms.__class__ is not int:
        timestamp_ms = _read_timestamp_ms(cls, d)

    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    return {
        "timestamp_ms": timestamp_ms,
        "type_": type_,
        "description": description,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VideoKeyMoment,
    _all_fields,
    {
        "timestamp_ms": _read_timestamp_ms,
        "type_": _read_type_,
        "description": _read_description,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
