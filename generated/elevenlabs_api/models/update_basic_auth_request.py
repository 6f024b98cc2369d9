from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateBasicAuthRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    auth_type:  Default: 'basic_auth'.
    """

    auth_type: Literal["basic_auth"] | Unset = _attrs_field(
        default="basic_auth",
        kw_only=True,
        validator=types.tag("UpdateBasicAuthRequest", "auth_type", "basic_auth"),
    )

    provider: None | str | Unset = UNSET

    username: None | str | Unset = UNSET

    password: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("auth_type", "auth_type", const("basic_auth")),
        Field("provider", "provider", union(STR, NULL)),
        Field("username", "username", union(STR, NULL)),
        Field("password", "password", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
