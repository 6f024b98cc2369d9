from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PhoneNumberDynamicVariableTransferDestination")


@_attrs_define
class PhoneNumberDynamicVariableTransferDestination:
    """Attributes:
    phone_number (str):
    type_ (Literal['phone_dynamic_variable'] | Unset):  Default: 'phone_dynamic_variable'.
    """

    phone_number: str

    type_: Literal["phone_dynamic_variable"] | Unset = "phone_dynamic_variable"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "phone_dynamic_variable")

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phone_number is not None or "phone_number" not in self._missing_fields:
            field_dict["phone_number"] = phone_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["phone_dynamic_variable"] | Unset, type__raw)
        if type_ != "phone_dynamic_variable" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'phone_dynamic_variable', got '{type_}'")

        phone_number = d.pop("phone_number", MISSING)
        if phone_number.__class__ is not str:
            if phone_number is MISSING:
                phone_number = missing_field(cls, "phone_number")
                _missing += ("phone_number",)
            else:
                phone_number = unexpected_type(cls, "phone_number", phone_number, "a string")

        phone_number_dynamic_variable_transfer_destination = cls(
            phone_number=phone_number,
            type_=type_,
        )
        if _missing:
            phone_number_dynamic_variable_transfer_destination._missing_fields = _missing
        phone_number_dynamic_variable_transfer_destination.additional_properties = d
        return phone_number_dynamic_variable_transfer_destination

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
