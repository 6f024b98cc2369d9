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
class CreateMtlsAuthRequest(Lazy, AdditionalProperties[Any]):
    """Request model for creating mTLS auth connections.

    Attributes:
        auth_type:  Default: 'mtls'.
    """

    name: str

    provider: str

    client_certificate: str

    client_key: str

    auth_type: Literal["mtls"] | Unset = _attrs_field(
        default="mtls",
        kw_only=True,
        validator=types.tag("CreateMtlsAuthRequest", "auth_type", "mtls"),
    )

    ca_certificate: None | str | Unset = UNSET

    key_passphrase: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("client_certificate", "client_certificate", STR, required=True),
        Field("client_key", "client_key", STR, required=True),
        Field("auth_type", "auth_type", const("mtls")),
        Field("ca_certificate", "ca_certificate", union(STR, NULL)),
        Field("key_passphrase", "key_passphrase", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
