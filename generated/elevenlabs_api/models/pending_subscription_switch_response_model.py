from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BillingPeriod,
    PendingSubscriptionSwitchResponseModelNextTierType0,
)
from ..types import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class PendingSubscriptionSwitchResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    next_tier: The tier to change to.
    next_billing_period: The billing period to change to.
    timestamp_seconds: The timestamp of the change.
    kind:  Default: 'change'.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "next_tier",
            "next_tier",
            union(literal("PendingSubscriptionSwitchResponseModelNextTierType0"), STR),
            required=True,
        ),
        Field("next_billing_period", "next_billing_period", union(literal("BillingPeriod"), STR), required=True),
        Field("timestamp_seconds", "timestamp_seconds", INT, required=True),
        Field("kind", "kind", const("change")),
        Field("additional_properties", None, dict_of(ANY)),
    )
