from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, INT, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PlatformUsage(Lazy, AdditionalProperties[Any]):
    """Per-category breakdown of ``platform_charge`` (the analogue of ``llm_usage``)."""

    category_usage: PlatformUsageCategoryUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("category_usage", "category_usage", object_of("PlatformUsageCategoryUsage")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PlatformCategoryUsage(Lazy, AdditionalProperties[Any]):
    """Accumulated charge for a single :class:`PlatformCategory`.

    Attributes:
        credits_: Defaults to 0 on the server.
        price: Defaults to 0.0 on the server.
        quantity: Defaults to 0.0 on the server.
    """

    credits_: int | Unset = UNSET

    price: float | Unset = UNSET

    quantity: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("credits_", "credits", INT),
        Field("price", "price", FLOAT),
        Field("quantity", "quantity", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PlatformUsageCategoryUsage(Lazy, AdditionalProperties["PlatformCategoryUsage"]):
    additional_properties: dict[str, PlatformCategoryUsage] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("PlatformCategoryUsage"))),
    )
