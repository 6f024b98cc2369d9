from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_period import BillingPeriod
from ..models.pending_subscription_switch_response_model_next_tier_type_0 import (
    PendingSubscriptionSwitchResponseModelNextTierType0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PendingSubscriptionSwitchResponseModel")


@_attrs_define
class PendingSubscriptionSwitchResponseModel:
    """Attributes:
    next_tier (PendingSubscriptionSwitchResponseModelNextTierType0 | str): The tier to change to.
    next_billing_period (BillingPeriod | str): The billing period to change to.
    timestamp_seconds (int): The timestamp of the change.
    kind (Literal['change'] | Unset):  Default: 'change'.
    """

    next_tier: PendingSubscriptionSwitchResponseModelNextTierType0 | str

    next_billing_period: BillingPeriod | str

    timestamp_seconds: int

    kind: Literal["change"] | Unset = "change"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "change")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        kind_raw = d.pop("kind", UNSET)
        kind = cast(Literal["change"] | Unset, kind_raw)
        if kind != "change" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'change', got '{kind}'")

        next_tier = d.pop("next_tier", MISSING)
        if next_tier.__class__ is not str:
            if next_tier is MISSING:
                next_tier = missing_field(cls, "next_tier")
                _missing += ("next_tier",)
            else:
                next_tier = unexpected_type(cls, "next_tier", next_tier, "a string")

        next_billing_period = d.pop("next_billing_period", MISSING)
        if next_billing_period.__class__ is not str:
            if next_billing_period is MISSING:
                next_billing_period = missing_field(cls, "next_billing_period")
                _missing += ("next_billing_period",)
            else:
                next_billing_period = unexpected_type(cls, "next_billing_period", next_billing_period, "a string")

        timestamp_seconds = d.pop("timestamp_seconds", MISSING)
        if timestamp_seconds.__class__ is not int:
            if timestamp_seconds is MISSING:
                timestamp_seconds = missing_field(cls, "timestamp_seconds")
                _missing += ("timestamp_seconds",)
            else:
                timestamp_seconds = unexpected_type(cls, "timestamp_seconds", timestamp_seconds, "an integer")

        pending_subscription_switch_response_model = cls(
            next_tier=next_tier,
            next_billing_period=next_billing_period,
            timestamp_seconds=timestamp_seconds,
            kind=kind,
        )
        if _missing:
            pending_subscription_switch_response_model._missing_fields = _missing
        pending_subscription_switch_response_model.additional_properties = d
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
