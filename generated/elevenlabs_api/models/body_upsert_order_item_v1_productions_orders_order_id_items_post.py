from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost")


@_attrs_define
class BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost:
    """Attributes:
    request (UpsertOrderItemRequest):
    """

    request: UpsertOrderItemRequest

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        request: Any
        try:
            request = self.request.to_dict()
        except (AttributeError, TypeError):
            request = self.request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if request is not None or "request" not in self._missing_fields:
            field_dict["request"] = request
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        request_raw = d.pop("request", MISSING)
        if request_raw is MISSING:
            request = missing_field(cls, "request")
            _missing += ("request",)
        else:
            try:
                request = UpsertOrderItemRequest.from_dict(request_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                request = deviating_field(cls, "request", request_raw)

        body_upsert_order_item_v1_productions_orders_order_id_items_post = cls(
            request=request,
        )
        if _missing:
            body_upsert_order_item_v1_productions_orders_order_id_items_post._missing_fields = _missing
        body_upsert_order_item_v1_productions_orders_order_id_items_post.additional_properties = d
        return body_upsert_order_item_v1_productions_orders_order_id_items_post

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.upsert_order_item_request import UpsertOrderItemRequest
