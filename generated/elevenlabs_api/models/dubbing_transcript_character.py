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

T = TypeVar("T", bound="DubbingTranscriptCharacter")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingTranscriptCharacter(Lazy):
    """Attributes:
    text (str | Unset): Defaults to empty on the server.
    start_s (float | Unset): Defaults to 0.0 on the server.
    end_s (float | Unset): Defaults to 0.0 on the server.
    """

    text: str | Unset = UNSET

    start_s: float | Unset = UNSET

    end_s: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        start_s = self.start_s

        end_s = self.end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_transcript_character = cls.__new__(cls)
        dubbing_transcript_character.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_transcript_character

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


_read_text = plain_reader("text", (str,), "a string", False)

_read_start_s = plain_reader(
    "start_s",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_end_s = plain_reader(
    "end_s",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "start_s",
        "end_s",
    )
)


def _read_additional_properties(cls: type[DubbingTranscriptCharacter], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingTranscriptCharacter], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not UNSET:
        text = _read_text(cls, d)

    start_s = d.get("start_s", UNSET)
    if start_s.__class__ is not float and start_s.__class__ is not int and start_s is not UNSET:
        start_s = _read_start_s(cls, d)

    end_s = d.get("end_s", UNSET)
    if end_s.__class__ is not float and end_s.__class__ is not int and end_s is not UNSET:
        end_s = _read_end_s(cls, d)

    return {
        "text": text,
        "start_s": start_s,
        "end_s": end_s,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DubbingTranscriptCharacter,
    _all_fields,
    {
        "text": _read_text,
        "start_s": _read_start_s,
        "end_s": _read_end_s,
        "additional_properties": _read_additional_properties,
    },
)
