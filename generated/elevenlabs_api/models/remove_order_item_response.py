from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RemoveOrderItemResponse")


@_attrs_define
class RemoveOrderItemResponse:
    """Example:
        {'success': True}

    Attributes:
        success (bool): Whether the item was successfully removed.
    """

    success: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if success is not None or "success" not in self._missing_fields:
            field_dict["success"] = success
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        success = d.pop("success", MISSING)
        if success.__class__ is not bool:
            if success is MISSING:
                success = missing_field(cls, "success")
                _missing += ("success",)
            else:
                success = unexpected_type(cls, "success", success, "a boolean")

        remove_order_item_response = cls(
            success=success,
        )
        if _missing:
            remove_order_item_response._missing_fields = _missing
        remove_order_item_response.additional_properties = d
        return remove_order_item_response

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
