from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ModelRatesResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ModelRatesResponseModel(Lazy):
    """Example:
        {'character_cost_multiplier': 1.0, 'cost_discount_multiplier': 1.0}

    Attributes:
        character_cost_multiplier (float): The cost multiplier for characters.
        cost_discount_multiplier (float | Unset): Discount multiplier applied to cost estimates. Defaults to 1.0 (no
            discount). Defaults to 1.0 on the server.
    """

    character_cost_multiplier: float

    cost_discount_multiplier: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("character_cost_multiplier",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        model_rates_response_model = cls.__new__(cls)
        model_rates_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_character_cost_multiplier = plain_reader(
    "character_cost_multiplier",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_cost_discount_multiplier = plain_reader(
    "cost_discount_multiplier",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "character_cost_multiplier",
        "cost_discount_multiplier",
    )
)


def _read_additional_properties(cls: type[ModelRatesResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ModelRatesResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    character_cost_multiplier = d.get("character_cost_multiplier", MISSING)
    if character_cost_multiplier.__class__ is not float and character_cost_multiplier.__class__ is not int:
        character_cost_multiplier = _read_character_cost_multiplier(cls, d)

    cost_discount_multiplier = d.get("cost_discount_multiplier", UNSET)
    if (
        cost_discount_multiplier.__class__ is not float
        and cost_discount_multiplier.__class__ is not int
        and cost_discount_multiplier is not UNSET
    ):
        cost_discount_multiplier = _read_cost_discount_multiplier(cls, d)

    return {
        "character_cost_multiplier": character_cost_multiplier,
        "cost_discount_multiplier": cost_discount_multiplier,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ModelRatesResponseModel,
    _all_fields,
    {
        "character_cost_multiplier": _read_character_cost_multiplier,
        "cost_discount_multiplier": _read_cost_discount_multiplier,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
