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
    literal,
    object_of,
    union,
)
from ..models._literals import AuthConnectionStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UrlSecretAuthResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    auth_type:  Default: 'url_secret'.
    status: Defaults to 'active' on the server.
    """

    name: str

    provider: str

    id: str

    auth_type: Literal["url_secret"] | Unset = _attrs_field(
        default="url_secret",
        kw_only=True,
        validator=types.tag("UrlSecretAuthResponse", "auth_type", "url_secret"),
    )

    used_by: AuthConnectionDependencies | None | Unset = UNSET

    status: AuthConnectionStatus | str | Unset = UNSET

    status_detail: None | str | Unset = UNSET

    status_updated_at: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("auth_type", "auth_type", const("url_secret")),
        Field("used_by", "used_by", union(object_of("AuthConnectionDependencies"), NULL)),
        Field("status", "status", union(literal("AuthConnectionStatus"), STR)),
        Field("status_detail", "status_detail", union(STR, NULL)),
        Field("status_updated_at", "status_updated_at", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_dependencies import AuthConnectionDependencies
