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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationChargingCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationChargingCommonModel(Lazy):
    """Attributes:
    dev_discount (bool | Unset): Defaults to False on the server.
    is_burst (bool | Unset): Defaults to False on the server.
    tier (None | str | Unset):
    llm_usage (LlmCategoryUsage | Unset):
    llm_price (float | None | Unset):
    llm_charge (int | None | Unset):
    call_charge (int | None | Unset):
    free_minutes_consumed (float | Unset): Defaults to 0 on the server.
    free_llm_dollars_consumed (float | Unset): Defaults to 0 on the server.
    """

    dev_discount: bool | Unset = UNSET

    is_burst: bool | Unset = UNSET

    tier: None | str | Unset = UNSET

    llm_usage: LlmCategoryUsage | Unset = UNSET

    llm_price: float | None | Unset = UNSET

    llm_charge: int | None | Unset = UNSET

    call_charge: int | None | Unset = UNSET

    free_minutes_consumed: float | Unset = UNSET

    free_llm_dollars_consumed: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_charging_common_model = cls.__new__(cls)
        conversation_charging_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_dev_discount = plain_reader("dev_discount", (bool,), "a boolean", False)

_read_is_burst = plain_reader("is_burst", (bool,), "a boolean", False)

_read_tier = plain_reader(
    "tier",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_llm_usage(cls: type[ConversationChargingCommonModel], d: Mapping[str, Any]) -> Any:
    llm_usage_raw = d.get("llm_usage", UNSET)
    try:
        _llm_usage = llm_usage_raw
        llm_usage: LlmCategoryUsage | Unset
        if isinstance(_llm_usage, Unset):
            llm_usage = UNSET
        else:
            llm_usage = LlmCategoryUsage.from_dict(_llm_usage)
    except (KeyError, TypeError, ValueError, AttributeError):
        llm_usage = deviating_field(cls, "llm_usage", llm_usage_raw)

    return llm_usage


_read_llm_price = plain_reader(
    "llm_price",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_llm_charge = plain_reader(
    "llm_charge",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_call_charge = plain_reader(
    "call_charge",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_free_minutes_consumed = plain_reader(
    "free_minutes_consumed",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_free_llm_dollars_consumed = plain_reader(
    "free_llm_dollars_consumed",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "dev_discount",
        "is_burst",
        "tier",
        "llm_usage",
        "llm_price",
        "llm_charge",
        "call_charge",
        "free_minutes_consumed",
        "free_llm_dollars_consumed",
    )
)


def _read_additional_properties(cls: type[ConversationChargingCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationChargingCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    dev_discount = d.get("dev_discount", UNSET)
    if dev_discount.__class__ is not bool and dev_discount is not UNSET:
        dev_discount = _read_dev_discount(cls, d)

    is_burst = d.get("is_burst", UNSET)
    if is_burst.__class__ is not bool and is_burst is not UNSET:
        is_burst = _read_is_burst(cls, d)

    tier = d.get("tier", UNSET)
    if tier.__class__ is not str and tier is not None and tier is not UNSET:
        tier = _read_tier(cls, d)

    if "llm_usage" in known:
        llm_usage = known["llm_usage"]
    else:
        llm_usage = d.get("llm_usage", UNSET)
        if llm_usage is not UNSET:
            llm_usage = _read_llm_usage(cls, d)

    llm_price = d.get("llm_price", UNSET)
    if (
        llm_price.__class__ is not float
        and llm_price.__class__ is not int
        and llm_price is not None
        and llm_price is not UNSET
    ):
        llm_price = _read_llm_price(cls, d)

    llm_charge = d.get("llm_charge", UNSET)
    if llm_charge.__class__ is not int and llm_charge is not None and llm_charge is not UNSET:
        llm_charge = _read_llm_charge(cls, d)

    call_charge = d.get("call_charge", UNSET)
    if call_charge.__class__ is not int and call_charge is not None and call_charge is not UNSET:
        call_charge = _read_call_charge(cls, d)

    free_minutes_consumed = d.get("free_minutes_consumed", UNSET)
    if (
        free_minutes_consumed.__class__ is not float
        and free_minutes_consumed.__class__ is not int
        and free_minutes_consumed is not UNSET
    ):
        free_minutes_consumed = _read_free_minutes_consumed(cls, d)

    free_llm_dollars_consumed = d.get("free_llm_dollars_consumed", UNSET)
    if (
        free_llm_dollars_consumed.__class__ is not float
        and free_llm_dollars_consumed.__class__ is not int
        and free_llm_dollars_consumed is not UNSET
    ):
        free_llm_dollars_consumed = _read_free_llm_dollars_consumed(cls, d)

    return {
        "dev_discount": dev_discount,
        "is_burst": is_burst,
        "tier": tier,
        "llm_usage": llm_usage,
        "llm_price": llm_price,
        "llm_charge": llm_charge,
        "call_charge": call_charge,
        "free_minutes_consumed": free_minutes_consumed,
        "free_llm_dollars_consumed": free_llm_dollars_consumed,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationChargingCommonModel,
    _all_fields,
    {
        "dev_discount": _read_dev_discount,
        "is_burst": _read_is_burst,
        "tier": _read_tier,
        "llm_usage": _read_llm_usage,
        "llm_price": _read_llm_price,
        "llm_charge": _read_llm_charge,
        "call_charge": _read_call_charge,
        "free_minutes_consumed": _read_free_minutes_consumed,
        "free_llm_dollars_consumed": _read_free_llm_dollars_consumed,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_category_usage import LlmCategoryUsage
