from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ReaderResourceResponseModelResourceTypeType0,
)
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class ReaderResourceResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'resource_id': 'FCwhRBWXzGAHq8TQ4Fs18', 'resource_type': 'read'}

    Attributes:
        resource_type: The type of resource.
        resource_id: The ID of the resource.
    """

    resource_type: ReaderResourceResponseModelResourceTypeType0 | str

    resource_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "resource_type",
            "resource_type",
            union(literal("ReaderResourceResponseModelResourceTypeType0"), STR),
            required=True,
        ),
        Field("resource_id", "resource_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
