from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreateOrderResponse")


@_attrs_define
class CreateOrderResponse:
    """Example:
        {'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'sandbox': False}

    Attributes:
        order_id (str):
        sandbox (bool | Unset): Whether this is a sandbox order. Default: False.
    """

    order_id: str

    sandbox: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        sandbox = self.sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if order_id is not None or "order_id" not in self._missing_fields:
            field_dict["order_id"] = order_id
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        order_id = d.pop("order_id", MISSING)
        if order_id.__class__ is not str:
            if order_id is MISSING:
                order_id = missing_field(cls, "order_id")
                _missing += ("order_id",)
            else:
                order_id = unexpected_type(cls, "order_id", order_id, "a string")

        sandbox = d.pop("sandbox", UNSET)
        if sandbox.__class__ is not bool and sandbox is not UNSET:
            sandbox = unexpected_type(cls, "sandbox", sandbox, "a boolean")

        create_order_response = cls(
            order_id=order_id,
            sandbox=sandbox,
        )
        if _missing:
            create_order_response._missing_fields = _missing
        create_order_response.additional_properties = d
        return create_order_response

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
