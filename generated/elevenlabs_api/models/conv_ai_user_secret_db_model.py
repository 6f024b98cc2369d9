from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class ConvAiUserSecretDbModel(Lazy, AdditionalProperties[Any]):
    """User-specific secret model that are not shared with other users in a workspace."""

    name: str

    encrypted_value: str

    nonce: str

    id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("encrypted_value", "encrypted_value", STR, required=True),
        Field("nonce", "nonce", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
