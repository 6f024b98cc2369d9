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

T = TypeVar("T", bound="WordTimestamp")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WordTimestamp(Lazy):
    """Attributes:
    word (str):
    start_ms (int):
    end_ms (int):
    """

    word: str

    start_ms: int

    end_ms: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "word",
        "start_ms",
        "end_ms",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        word = self.word

        start_ms = self.start_ms

        end_ms = self.end_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if word is not None or "word" not in self._missing_fields:
            field_dict["word"] = word
        if start_ms is not None or "start_ms" not in self._missing_fields:
            field_dict["start_ms"] = start_ms
        if end_ms is not None or "end_ms" not in self._missing_fields:
            field_dict["end_ms"] = end_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        word_timestamp = cls.__new__(cls)
        word_timestamp.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return word_timestamp

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


_read_word = plain_reader("word", (str,), "a string", True)

_read_start_ms = plain_reader("start_ms", (int,), "an integer", True)

_read_end_ms = plain_reader("end_ms", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "word",
        "start_ms",
        "end_ms",
    )
)


def _read_additional_properties(cls: type[WordTimestamp], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WordTimestamp], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    word = d.get("word", MISSING)
    if word.__class__ is not str:
        word = _read_word(cls, d)

    start_ms = d.get("start_ms", MISSING)
    if start_ms.__class__ is not int:
        start_ms = _read_start_ms(cls, d)

    end_ms = d.get("end_ms", MISSING)
    if end_ms.__class__ is not int:
        end_ms = _read_end_ms(cls, d)

    return {
        "word": word,
        "start_ms": start_ms,
        "end_ms": end_ms,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WordTimestamp,
    _all_fields,
    {
        "word": _read_word,
        "start_ms": _read_start_ms,
        "end_ms": _read_end_ms,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
