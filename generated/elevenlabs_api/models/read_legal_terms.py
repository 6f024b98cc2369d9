from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ReadLegalTerms")


@_attrs_define
class ReadLegalTerms:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        terms = d.pop("terms", UNSET)
        if terms.__class__ is not str and terms is not None and terms is not UNSET:
            terms = unexpected_type(cls, "terms", terms, "a string or null")

        start_date = d.pop("start_date", UNSET)
        if start_date.__class__ is not str and start_date is not None and start_date is not UNSET:
            start_date = unexpected_type(cls, "start_date", start_date, "a string or null")

        end_date = d.pop("end_date", UNSET)
        if end_date.__class__ is not str and end_date is not None and end_date is not UNSET:
            end_date = unexpected_type(cls, "end_date", end_date, "a string or null")

        read_legal_terms = cls(
            terms=terms,
            start_date=start_date,
            end_date=end_date,
        )
        read_legal_terms.additional_properties = d
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
