from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import Llm


@_attrs_define(slots=False)
class LlmUsageCalculatorResponseModel(Lazy, AdditionalProperties[Any]):
    llm_prices: list[LlmUsageCalculatorLlmResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("llm_prices", "llm_prices", list_of(object_of("LlmUsageCalculatorLlmResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class LlmUsageCalculatorLlmResponseModel(Lazy, AdditionalProperties[Any]):
    llm: Llm | str

    price_per_minute: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("llm", "llm", union(literal("Llm"), STR), required=True),
        Field("price_per_minute", "price_per_minute", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
