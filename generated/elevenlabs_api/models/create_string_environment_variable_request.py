from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of


@_attrs_define(slots=False)
class CreateStringEnvironmentVariableRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    label: Unique label for the environment variable.
    values: Environment-specific values. Must include 'production' key.
    """

    type_: Literal["string"] = _attrs_field(
        default="string",
        kw_only=True,
        alias="type",
        validator=types.tag("CreateStringEnvironmentVariableRequest", "type", "string"),
    )

    label: str

    values: CreateStringEnvironmentVariableRequestValues

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("string"), required=True),
        Field("label", "label", STR, required=True),
        Field("values", "values", object_of("CreateStringEnvironmentVariableRequestValues"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(CreateStringEnvironmentVariableRequest, type_="type")


@_attrs_define(slots=False)
class CreateStringEnvironmentVariableRequestValues(Lazy, AdditionalProperties["str"]):
    """Environment-specific values. Must include 'production' key."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
