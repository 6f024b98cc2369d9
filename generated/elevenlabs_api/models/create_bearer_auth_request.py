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
class CreateBearerAuthRequest(Lazy, AdditionalProperties[Any]):
    """Request model for creating Bearer Auth connections - inherits common settings and includes sensitive fields

    Attributes:
        auth_type:  Default: 'bearer_auth'.
    """

    name: str

    provider: str

    token: str

    auth_type: Literal["bearer_auth"] | Unset = _attrs_field(
        default="bearer_auth",
        kw_only=True,
        validator=types.tag("CreateBearerAuthRequest", "auth_type", "bearer_auth"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("token", "token", STR, required=True),
        Field("auth_type", "auth_type", const("bearer_auth")),
        Field("additional_properties", None, dict_of(ANY)),
    )
