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
    deviating_field,
    expect_array,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RequiredConstraints")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RequiredConstraints(Lazy):
    """Wrapper for anyOf/allOf composition constraints scoped to required fields.

    Attributes:
        any_of (list[RequiredConstraint] | Unset):
        all_of (list[RequiredConstraint] | Unset):
    """

    any_of: list[RequiredConstraint] | Unset = UNSET

    all_of: list[RequiredConstraint] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        any_of: Any
        try:
            any_of = UNSET
            if not isinstance(self.any_of, Unset):
                any_of = []
                for any_of_item_data in self.any_of:
                    any_of_item = any_of_item_data.to_dict()
                    any_of.append(any_of_item)

        except (AttributeError, TypeError):
            any_of = self.any_of

        all_of: Any
        try:
            all_of = UNSET
            if not isinstance(self.all_of, Unset):
                all_of = []
                for all_of_item_data in self.all_of:
                    all_of_item = all_of_item_data.to_dict()
                    all_of.append(all_of_item)

        except (AttributeError, TypeError):
            all_of = self.all_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if any_of is not UNSET:
            field_dict["any_of"] = any_of
        if all_of is not UNSET:
            field_dict["all_of"] = all_of
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        required_constraints = cls.__new__(cls)
        required_constraints.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return required_constraints

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


def _read_any_of(cls: type[RequiredConstraints], d: Mapping[str, Any]) -> Any:
    any_of_raw = d.get("any_of", UNSET)
    try:
        expect_array("any_of", any_of_raw)
        _any_of = any_of_raw
        any_of: list[RequiredConstraint] | Unset = UNSET
        if _any_of is not UNSET:
            any_of = []
            for any_of_item_data in _any_of:
                any_of_item = RequiredConstraint.from_dict(any_of_item_data)

                any_of.append(any_of_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        any_of = deviating_field(cls, "any_of", any_of_raw)

    return any_of


def _read_all_of(cls: type[RequiredConstraints], d: Mapping[str, Any]) -> Any:
    all_of_raw = d.get("all_of", UNSET)
    try:
        expect_array("all_of", all_of_raw)
        _all_of = all_of_raw
        all_of: list[RequiredConstraint] | Unset = UNSET
        if _all_of is not UNSET:
            all_of = []
            for all_of_item_data in _all_of:
                all_of_item = RequiredConstraint.from_dict(all_of_item_data)

                all_of.append(all_of_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        all_of = deviating_field(cls, "all_of", all_of_raw)

    return all_of


_FIELDS: frozenset[str] = frozenset(
    (
        "any_of",
        "all_of",
    )
)


def _read_additional_properties(cls: type[RequiredConstraints], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[RequiredConstraints], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "any_of" in known:
        any_of = known["any_of"]
    else:
        any_of = d.get("any_of", UNSET)
        if any_of is not UNSET:
            any_of = _read_any_of(cls, d)

    if "all_of" in known:
        all_of = known["all_of"]
    else:
        all_of = d.get("all_of", UNSET)
        if all_of is not UNSET:
            all_of = _read_all_of(cls, d)

    return {
        "any_of": any_of,
        "all_of": all_of,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    RequiredConstraints,
    _all_fields,
    {
        "any_of": _read_any_of,
        "all_of": _read_all_of,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.required_constraint import RequiredConstraint
