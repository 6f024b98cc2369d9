from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BillingPeriod,
    PendingSubscriptionSwitchResponseModelNextTierType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PendingSubscriptionSwitchResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PendingSubscriptionSwitchResponseModel(Lazy):
    """Attributes:
    next_tier (PendingSubscriptionSwitchResponseModelNextTierType0 | str): The tier to change to.
    next_billing_period (BillingPeriod | str): The billing period to change to.
    timestamp_seconds (int): The timestamp of the change.
    kind (Literal['change'] | Unset):  Default: 'change'.
    """

    next_tier: PendingSubscriptionSwitchResponseModelNextTierType0 | str

    next_billing_period: BillingPeriod | str

    timestamp_seconds: int

    kind: Literal["change"] | Unset = _attrs_field(
        default="change",
        kw_only=True,
        validator=types.tag("PendingSubscriptionSwitchResponseModel", "kind", "change"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "next_tier",
        "next_billing_period",
        "timestamp_seconds",
    )
    _tags: ClassVar[tuple[str, ...]] = ("kind",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "change")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        next_tier: Any
        try:
            if isinstance(self.next_tier, str):
                next_tier = self.next_tier
            else:
                next_tier = self.next_tier

        except (AttributeError, TypeError):
            next_tier = self.next_tier

        next_billing_period: Any
        try:
            if isinstance(self.next_billing_period, str):
                next_billing_period = self.next_billing_period
            else:
                next_billing_period = self.next_billing_period

        except (AttributeError, TypeError):
            next_billing_period = self.next_billing_period

        timestamp_seconds = self.timestamp_seconds

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if next_tier is not None or "next_tier" not in self._missing_fields:
            field_dict["next_tier"] = next_tier
        if next_billing_period is not None or "next_billing_period" not in self._missing_fields:
            field_dict["next_billing_period"] = next_billing_period
        if timestamp_seconds is not None or "timestamp_seconds" not in self._missing_fields:
            field_dict["timestamp_seconds"] = timestamp_seconds
        if kind is not UNSET:
            field_dict["kind"] = kind
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pending_subscription_switch_response_model = cls.__new__(cls)
        pending_subscription_switch_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return pending_subscription_switch_response_model

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


def _read_kind(cls: type[PendingSubscriptionSwitchResponseModel], d: Mapping[str, Any]) -> Any:
    kind_raw = d.get("kind", UNSET)
    kind = cast(Literal["change"] | Unset, kind_raw)
    if kind != "change" and not isinstance(kind, Unset):
        raise ValueError(f"kind must match const 'change', got '{kind}'")

    return kind


_read_next_tier = plain_reader("next_tier", (str,), "a string", True)

_read_next_billing_period = plain_reader("next_billing_period", (str,), "a string", True)

_read_timestamp_seconds = plain_reader("timestamp_seconds", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "next_tier",
        "next_billing_period",
        "timestamp_seconds",
        "kind",
    )
)


def _read_additional_properties(
    cls: type[PendingSubscriptionSwitchResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PendingSubscriptionSwitchResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "kind" in known:
        kind = known["kind"]
    else:
        kind = d.get("kind", UNSET)
        if kind is not UNSET:
            kind = _read_kind(cls, d)

    next_tier = d.get("next_tier", MISSING)
    if next_tier.__class__ is not str:
        next_tier = _read_next_tier(cls, d)

    next_billing_period = d.get("next_billing_period", MISSING)
    if next_billing_period.__class__ is not str:
        next_billing_period = _read_next_billing_period(cls, d)

    timestamp_seconds = d.get("timestamp_seconds", MISSING)
    if timestamp_seconds.__class__ is not int:
        timestamp_seconds = _read_timestamp_seconds(cls, d)

    return {
        "next_tier": next_tier,
        "next_billing_period": next_billing_period,
        "timestamp_seconds": timestamp_seconds,
        "kind": kind,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PendingSubscriptionSwitchResponseModel,
    _all_fields,
    {
        "next_tier": _read_next_tier,
        "next_billing_period": _read_next_billing_period,
        "timestamp_seconds": _read_timestamp_seconds,
        "kind": _read_kind,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
