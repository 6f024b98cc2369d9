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
class CreateCustomHeaderAuthRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    header_name: The name of the header to use for authentication (e.g., 'x-api-key')
    auth_type:  Default: 'custom_header_auth'.
    """

    name: str

    provider: str

    header_name: str

    token: str

    auth_type: Literal["custom_header_auth"] | Unset = _attrs_field(
        default="custom_header_auth",
        kw_only=True,
        validator=types.tag("CreateCustomHeaderAuthRequest", "auth_type", "custom_header_auth"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("header_name", "header_name", STR, required=True),
        Field("token", "token", STR, required=True),
        Field("auth_type", "auth_type", const("custom_header_auth")),
        Field("additional_properties", None, dict_of(ANY)),
    )
