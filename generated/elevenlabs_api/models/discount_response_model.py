from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class DiscountResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    discount_percent_off: The discount applied to the invoice. E.g. [20.0f] for 20% off.
    discount_amount_off: The discount applied to the invoice. E.g. [20.0f] for 20 cents off.
    """

    discount_percent_off: float | None | Unset = UNSET

    discount_amount_off: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("discount_percent_off", "discount_percent_off", union(FLOAT, NULL)),
        Field("discount_amount_off", "discount_amount_off", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
