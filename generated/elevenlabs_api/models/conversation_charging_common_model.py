from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationChargingCommonModel")


@_attrs_define
class ConversationChargingCommonModel:
    """Attributes:
    dev_discount (bool | Unset):  Default: False.
    is_burst (bool | Unset):  Default: False.
    tier (None | str | Unset):
    llm_usage (LLMCategoryUsage | Unset):
    llm_price (float | None | Unset):
    llm_charge (int | None | Unset):
    call_charge (int | None | Unset):
    free_minutes_consumed (float | Unset):  Default: 0.0.
    free_llm_dollars_consumed (float | Unset):  Default: 0.0.
    """

    dev_discount: bool | Unset = False

    is_burst: bool | Unset = False

    tier: None | str | Unset = UNSET

    llm_usage: LLMCategoryUsage | Unset = UNSET

    llm_price: float | None | Unset = UNSET

    llm_charge: int | None | Unset = UNSET

    call_charge: int | None | Unset = UNSET

    free_minutes_consumed: float | Unset = 0.0

    free_llm_dollars_consumed: float | Unset = 0.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dev_discount = self.dev_discount

        is_burst = self.is_burst

        tier: Any
        try:
            tier = self.tier

        except (AttributeError, TypeError):
            tier = self.tier

        llm_usage: Any
        try:
            llm_usage = UNSET
            if not isinstance(self.llm_usage, Unset):
                llm_usage = self.llm_usage.to_dict()
        except (AttributeError, TypeError):
            llm_usage = self.llm_usage

        llm_price: Any
        try:
            llm_price = self.llm_price

        except (AttributeError, TypeError):
            llm_price = self.llm_price

        llm_charge: Any
        try:
            llm_charge = self.llm_charge

        except (AttributeError, TypeError):
            llm_charge = self.llm_charge

        call_charge: Any
        try:
            call_charge = self.call_charge

        except (AttributeError, TypeError):
            call_charge = self.call_charge

        free_minutes_consumed = self.free_minutes_consumed

        free_llm_dollars_consumed = self.free_llm_dollars_consumed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dev_discount is not UNSET:
            field_dict["dev_discount"] = dev_discount
        if is_burst is not UNSET:
            field_dict["is_burst"] = is_burst
        if tier is not UNSET:
            field_dict["tier"] = tier
        if llm_usage is not UNSET:
            field_dict["llm_usage"] = llm_usage
        if llm_price is not UNSET:
            field_dict["llm_price"] = llm_price
        if llm_charge is not UNSET:
            field_dict["llm_charge"] = llm_charge
        if call_charge is not UNSET:
            field_dict["call_charge"] = call_charge
        if free_minutes_consumed is not UNSET:
            field_dict["free_minutes_consumed"] = free_minutes_consumed
        if free_llm_dollars_consumed is not UNSET:
            field_dict["free_llm_dollars_consumed"] = free_llm_dollars_consumed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        dev_discount = d.pop("dev_discount", UNSET)
        if dev_discount.__class__ is not bool and dev_discount is not UNSET:
            dev_discount = unexpected_type(cls, "dev_discount", dev_discount, "a boolean")

        is_burst = d.pop("is_burst", UNSET)
        if is_burst.__class__ is not bool and is_burst is not UNSET:
            is_burst = unexpected_type(cls, "is_burst", is_burst, "a boolean")

        tier = d.pop("tier", UNSET)
        if tier.__class__ is not str and tier is not None and tier is not UNSET:
            tier = unexpected_type(cls, "tier", tier, "a string or null")

        llm_usage_raw = d.pop("llm_usage", UNSET)
        try:
            _llm_usage = llm_usage_raw
            llm_usage: LLMCategoryUsage | Unset
            if isinstance(_llm_usage, Unset):
                llm_usage = UNSET
            else:
                llm_usage = LLMCategoryUsage.from_dict(_llm_usage)
        except (KeyError, TypeError, ValueError, AttributeError):
            llm_usage = deviating_field(cls, "llm_usage", llm_usage_raw)

        llm_price = d.pop("llm_price", UNSET)
        if (
            llm_price.__class__ is not float
            and llm_price.__class__ is not int
            and llm_price is not None
            and llm_price is not UNSET
        ):
            llm_price = unexpected_type(cls, "llm_price", llm_price, "a number or null")

        llm_charge = d.pop("llm_charge", UNSET)
        if llm_charge.__class__ is not int and llm_charge is not None and llm_charge is not UNSET:
            llm_charge = unexpected_type(cls, "llm_charge", llm_charge, "an integer or null")

        call_charge = d.pop("call_charge", UNSET)
        if call_charge.__class__ is not int and call_charge is not None and call_charge is not UNSET:
            call_charge = unexpected_type(cls, "call_charge", call_charge, "an integer or null")

        free_minutes_consumed = d.pop("free_minutes_consumed", UNSET)
        if (
            free_minutes_consumed.__class__ is not float
            and free_minutes_consumed.__class__ is not int
            and free_minutes_consumed is not UNSET
        ):
            free_minutes_consumed = unexpected_type(cls, "free_minutes_consumed", free_minutes_consumed, "a number")

        free_llm_dollars_consumed = d.pop("free_llm_dollars_consumed", UNSET)
        if (
            free_llm_dollars_consumed.__class__ is not float
            and free_llm_dollars_consumed.__class__ is not int
            and free_llm_dollars_consumed is not UNSET
        ):
            free_llm_dollars_consumed = unexpected_type(
                cls, "free_llm_dollars_consumed", free_llm_dollars_consumed, "a number"
            )

        conversation_charging_common_model = cls(
            dev_discount=dev_discount,
            is_burst=is_burst,
            tier=tier,
            llm_usage=llm_usage,
            llm_price=llm_price,
            llm_charge=llm_charge,
            call_charge=call_charge,
            free_minutes_consumed=free_minutes_consumed,
            free_llm_dollars_consumed=free_llm_dollars_consumed,
        )
        conversation_charging_common_model.additional_properties = d
        return conversation_charging_common_model

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
from ..models.llm_category_usage import LLMCategoryUsage
