from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class RemoveOrderItemResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'success': True}

    Attributes:
        success: Whether the item was successfully removed.
    """

    success: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("success", "success", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
