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

T = TypeVar("T", bound="ReadLegalTerms")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ReadLegalTerms(Lazy):
    """Attributes:
    terms (None | str | Unset):
    start_date (None | str | Unset):
    end_date (None | str | Unset):
    """

    terms: None | str | Unset = UNSET

    start_date: None | str | Unset = UNSET

    end_date: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        terms: Any
        try:
            terms = self.terms

        except (AttributeError, TypeError):
            terms = self.terms

        start_date: Any
        try:
            start_date = self.start_date

        except (AttributeError, TypeError):
            start_date = self.start_date

        end_date: Any
        try:
            end_date = self.end_date

        except (AttributeError, TypeError):
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if terms is not UNSET:
            field_dict["terms"] = terms
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        read_legal_terms = cls.__new__(cls)
        read_legal_terms.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return read_legal_terms

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


_read_terms = plain_reader(
    "terms",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_start_date = plain_reader(
    "start_date",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_end_date = plain_reader(
    "end_date",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "terms",
        "start_date",
        "end_date",
    )
)


def _read_additional_properties(cls: type[ReadLegalTerms], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ReadLegalTerms], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    terms = d.get("terms", UNSET)
    if terms.__class__ is not str and terms is not None and terms is not UNSET:
        terms = _read_terms(cls, d)

    start_date = d.get("start_date", UNSET)
    if start_date.__class__ is not str and start_date is not None and start_date is not UNSET:
        start_date = _read_start_date(cls, d)

    end_date = d.get("end_date", UNSET)
    if end_date.__class__ is not str and end_date is not None and end_date is not UNSET:
        end_date = _read_end_date(cls, d)

    return {
        "terms": terms,
        "start_date": start_date,
        "end_date": end_date,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ReadLegalTerms,
    _all_fields,
    {
        "terms": _read_terms,
        "start_date": _read_start_date,
        "end_date": _read_end_date,
        "additional_properties": _read_additional_properties,
    },
)
