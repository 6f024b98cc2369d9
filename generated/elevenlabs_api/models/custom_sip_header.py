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
from ..types import Unset


@_attrs_define(slots=False)
class CustomSipHeader(Lazy, AdditionalProperties[Any]):
    """Custom SIP header for phone transfers with a static (validated) value.

    Attributes:
        key: The SIP header name (e.g., 'X-Customer-ID')
        value: The header value
        type_:  Default: 'static'.
    """

    key: str

    value: str

    type_: Literal["static"] | Unset = _attrs_field(
        default="static",
        kw_only=True,
        alias="type",
        validator=types.tag("CustomSipHeader", "type", "static"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("key", "key", STR, required=True),
        Field("value", "value", STR, required=True),
        Field("type_", "type", const("static")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(CustomSipHeader, type_="type")
