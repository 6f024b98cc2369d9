from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SegmentUpdatePayload")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SegmentUpdatePayload(Lazy):
    """Attributes:
    start_time (float | None | Unset):
    end_time (float | None | Unset):
    text (None | str | Unset):
    """

    start_time: float | None | Unset = UNSET

    end_time: float | None | Unset = UNSET

    text: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        start_time: Any
        try:
            start_time = self.start_time

        except (AttributeError, TypeError):
            start_time = self.start_time

        end_time: Any
        try:
            end_time = self.end_time

        except (AttributeError, TypeError):
            end_time = self.end_time

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        segment_update_payload = cls.__new__(cls)
        segment_update_payload.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return segment_update_payload

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


_read_start_time = plain_reader(
    "start_time",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_end_time = plain_reader(
    "end_time",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "start_time",
        "end_time",
        "text",
    )
)


def _read_additional_properties(cls: type[SegmentUpdatePayload], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SegmentUpdatePayload], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_time = d.get("start_time", UNSET)
    if (
        start_time.__class__ is not float
        and start_time.__class__ is not int
        and start_time is not None
        and start_time is not UNSET
    ):
        start_time = _read_start_time(cls, d)

    end_time = d.get("end_time", UNSET)
    if (
        end_time.__class__ is not float
        and end_time.__class__ is not int
        and end_time is not None
        and end_time is not UNSET
    ):
        end_time = _read_end_time(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    return {
        "start_time": start_time,
        "end_time": end_time,
        "text": text,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SegmentUpdatePayload,
    _all_fields,
    {
        "start_time": _read_start_time,
        "end_time": _read_end_time,
        "text": _read_text,
        "additional_properties": _read_additional_properties,
    },
)
