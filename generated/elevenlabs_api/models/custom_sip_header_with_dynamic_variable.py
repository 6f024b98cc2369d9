from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class CustomSipHeaderWithDynamicVariable(Lazy, AdditionalProperties[Any]):
    """Custom SIP header for phone transfers with a dynamic variable reference.
    The value is a variable name that will be resolved at runtime.
    Value is not validated here since it will be substituted with actual value later.

    Attributes:
        key: The SIP header name (e.g., 'X-Customer-ID')
        value: The dynamic variable name to resolve
    """

    type_: Literal["dynamic"] = _attrs_field(
        default="dynamic",
        kw_only=True,
        alias="type",
        validator=types.tag("CustomSipHeaderWithDynamicVariable", "type", "dynamic"),
    )

    key: str

    value: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("dynamic"), required=True),
        Field("key", "key", STR, required=True),
        Field("value", "value", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(CustomSipHeaderWithDynamicVariable, type_="type")
