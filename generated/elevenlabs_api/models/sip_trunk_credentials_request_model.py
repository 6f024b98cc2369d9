from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SipTrunkCredentialsRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    username: SIP trunk username
    password: SIP trunk password - if not specified, then remain unchanged
    """

    username: str

    password: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("username", "username", STR, required=True),
        Field("password", "password", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
