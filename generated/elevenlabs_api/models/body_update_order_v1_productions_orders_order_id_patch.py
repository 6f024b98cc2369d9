from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, object_of


@_attrs_define(slots=False)
class BodyUpdateOrderV1ProductionsOrdersOrderIdPatch(Lazy, AdditionalProperties[Any]):
    """Attributes:
    request:  Example: {'name': 'Spanish Dubs'}.
    """

    request: UpdateOrderRequest

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request", "request", object_of("UpdateOrderRequest"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateOrderRequest(Lazy, AdditionalProperties[Any]):
    """Example:
        {'name': 'Spanish Dubs'}

    Attributes:
        name: The new name for the order.
    """

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
