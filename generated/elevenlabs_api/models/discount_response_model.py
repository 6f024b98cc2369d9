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

T = TypeVar("T", bound="DiscountResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DiscountResponseModel(Lazy):
    """Attributes:
    discount_percent_off (float | None | Unset): The discount applied to the invoice. E.g. [20.0f] for 20% off.
    discount_amount_off (float | None | Unset): The discount applied to the invoice. E.g. [20.0f] for 20 cents off.
    """

    discount_percent_off: float | None | Unset = UNSET

    discount_amount_off: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        discount_response_model = cls.__new__(cls)
        discount_response_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_discount_percent_off = plain_reader(
    "discount_percent_off",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_discount_amount_off = plain_reader(
    "discount_amount_off",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "discount_percent_off",
        "discount_amount_off",
    )
)


def _read_additional_properties(cls: type[DiscountResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DiscountResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    discount_percent_off = d.get("discount_percent_off", UNSET)
    if (
        discount_percent_off.__class__ is not float
        and discount_percent_off.__class__ is not int
        and discount_percent_off is not None
        and discount_percent_off is not UNSET
    ):
        discount_percent_off = _read_discount_percent_off(cls, d)

    discount_amount_off = d.get("discount_amount_off", UNSET)
    if (
        discount_amount_off.__class__ is not float
        and discount_amount_off.__class__ is not int
        and discount_amount_off is not None
        and discount_amount_off is not UNSET
    ):
        discount_amount_off = _read_discount_amount_off(cls, d)

    return {
        "discount_percent_off": discount_percent_off,
        "discount_amount_off": discount_amount_off,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DiscountResponseModel,
    _all_fields,
    {
        "discount_percent_off": _read_discount_percent_off,
        "discount_amount_off": _read_discount_amount_off,
        "additional_properties": _read_additional_properties,
    },
)
