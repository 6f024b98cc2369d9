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
class CreateBasicAuthRequest(Lazy, AdditionalProperties[Any]):
    """Request model for creating Basic Auth connections - inherits common settings and includes sensitive fields

    Attributes:
        auth_type:  Default: 'basic_auth'.
    """

    name: str

    provider: str

    username: str

    password: str

    auth_type: Literal["basic_auth"] | Unset = _attrs_field(
        default="basic_auth",
        kw_only=True,
        validator=types.tag("CreateBasicAuthRequest", "auth_type", "basic_auth"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("username", "username", STR, required=True),
        Field("password", "password", STR, required=True),
        Field("auth_type", "auth_type", const("basic_auth")),
        Field("additional_properties", None, dict_of(ANY)),
    )
