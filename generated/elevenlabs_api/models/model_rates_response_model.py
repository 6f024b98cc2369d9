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

T = TypeVar("T", bound="ModelRatesResponseModel")


@_attrs_define
class ModelRatesResponseModel:
    """Example:
        {'character_cost_multiplier': 1.0, 'cost_discount_multiplier': 1.0}

    Attributes:
        character_cost_multiplier (float): The cost multiplier for characters.
        cost_discount_multiplier (float | Unset): Discount multiplier applied to cost estimates. Defaults to 1.0 (no
            discount). Default: 1.0.
    """

    character_cost_multiplier: float

    cost_discount_multiplier: float | Unset = 1.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        character_cost_multiplier = self.character_cost_multiplier

        cost_discount_multiplier = self.cost_discount_multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if character_cost_multiplier is not None or "character_cost_multiplier" not in self._missing_fields:
            field_dict["character_cost_multiplier"] = character_cost_multiplier
        if cost_discount_multiplier is not UNSET:
            field_dict["cost_discount_multiplier"] = cost_discount_multiplier
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        character_cost_multiplier = d.pop("character_cost_multiplier", MISSING)
        if character_cost_multiplier.__class__ is not float and character_cost_multiplier.__class__ is not int:
            if character_cost_multiplier is MISSING:
                character_cost_multiplier = missing_field(cls, "character_cost_multiplier")
                _missing += ("character_cost_multiplier",)
            else:
                character_cost_multiplier = unexpected_type(
                    cls, "character_cost_multiplier", character_cost_multiplier, "a number"
                )

        cost_discount_multiplier = d.pop("cost_discount_multiplier", UNSET)
        if (
            cost_discount_multiplier.__class__ is not float
            and cost_discount_multiplier.__class__ is not int
            and cost_discount_multiplier is not UNSET
        ):
            cost_discount_multiplier = unexpected_type(
                cls, "cost_discount_multiplier", cost_discount_multiplier, "a number"
            )

        model_rates_response_model = cls(
            character_cost_multiplier=character_cost_multiplier,
            cost_discount_multiplier=cost_discount_multiplier,
        )
        if _missing:
            model_rates_response_model._missing_fields = _missing
        model_rates_response_model.additional_properties = d
        return model_rates_response_model

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
