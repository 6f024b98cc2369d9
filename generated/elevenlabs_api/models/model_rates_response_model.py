from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class ModelRatesResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'character_cost_multiplier': 1.0, 'cost_discount_multiplier': 1.0}

    Attributes:
        character_cost_multiplier: The cost multiplier for characters.
        cost_discount_multiplier: Discount multiplier applied to cost estimates. Defaults to 1.0 (no discount). Defaults
            to 1.0 on the server.
    """

    character_cost_multiplier: float

    cost_discount_multiplier: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("character_cost_multiplier", "character_cost_multiplier", FLOAT, required=True),
        Field("cost_discount_multiplier", "cost_discount_multiplier", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
