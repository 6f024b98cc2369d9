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

T = TypeVar("T", bound="DiscountResponseModel")


@_attrs_define
class DiscountResponseModel:
    """Attributes:
    discount_percent_off (float | None | Unset): The discount applied to the invoice. E.g. [20.0f] for 20% off.
    discount_amount_off (float | None | Unset): The discount applied to the invoice. E.g. [20.0f] for 20 cents off.
    """

    discount_percent_off: float | None | Unset = UNSET

    discount_amount_off: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_percent_off: Any
        try:
            discount_percent_off = self.discount_percent_off

        except (AttributeError, TypeError):
            discount_percent_off = self.discount_percent_off

        discount_amount_off: Any
        try:
            discount_amount_off = self.discount_amount_off

        except (AttributeError, TypeError):
            discount_amount_off = self.discount_amount_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if discount_percent_off is not UNSET:
            field_dict["discount_percent_off"] = discount_percent_off
        if discount_amount_off is not UNSET:
            field_dict["discount_amount_off"] = discount_amount_off
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        discount_percent_off = d.pop("discount_percent_off", UNSET)
        if (
            discount_percent_off.__class__ is not float
            and discount_percent_off.__class__ is not int
            and discount_percent_off is not None
            and discount_percent_off is not UNSET
        ):
            discount_percent_off = unexpected_type(
                cls, "discount_percent_off", discount_percent_off, "a number or null"
            )

        discount_amount_off = d.pop("discount_amount_off", UNSET)
        if (
            discount_amount_off.__class__ is not float
            and discount_amount_off.__class__ is not int
            and discount_amount_off is not None
            and discount_amount_off is not UNSET
        ):
            discount_amount_off = unexpected_type(cls, "discount_amount_off", discount_amount_off, "a number or null")

        discount_response_model = cls(
            discount_percent_off=discount_percent_off,
            discount_amount_off=discount_amount_off,
        )
        discount_response_model.additional_properties = d
        return discount_response_model

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
