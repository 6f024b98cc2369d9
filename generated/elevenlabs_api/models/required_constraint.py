from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RequiredConstraint")


@_attrs_define
class RequiredConstraint:
    """A set of fields that must all be present to satisfy this constraint.

    Attributes:
        required (list[str]):
    """

    required: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        required: Any
        try:
            required = self.required

        except (AttributeError, TypeError):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if required is not None or "required" not in self._missing_fields:
            field_dict["required"] = required
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        required = d.pop("required", MISSING)
        if required.__class__ is not list:
            if required is MISSING:
                required = missing_field(cls, "required")
                _missing += ("required",)
            else:
                required = unexpected_type(cls, "required", required, "an array")
        elif required.__class__ is list and required:
            check_items(cls, "required", required, (str,), "a string")

        required_constraint = cls(
            required=required,
        )
        if _missing:
            required_constraint._missing_fields = _missing
        required_constraint.additional_properties = d
        return required_constraint

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
