from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class HttpValidationError(Lazy, AdditionalProperties[Any]):
    detail: list[ValidationError] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("detail", "detail", list_of(object_of("ValidationError"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ValidationError(Lazy, AdditionalProperties[Any]):
    loc: list[int | str]

    msg: str

    type_: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("loc", "loc", list_of(union(STR, INT)), required=True),
        Field("msg", "msg", STR, required=True),
        Field("type_", "type", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
