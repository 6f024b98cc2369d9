from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class AssignableUserResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_access: Whether this workspace member currently has at least viewer access to the agent. Members without
        access are still returned so they can be surfaced (e.g. grayed out) and granted access before being assigned.
    """

    user_id: str

    email: str

    first_name: None | str = _attrs_field(default=None, kw_only=True)

    is_service_account: bool

    has_access: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_id", "user_id", STR, required=True),
        Field("email", "email", STR, required=True),
        Field("first_name", "first_name", union(STR, NULL), required=True),
        Field("is_service_account", "is_service_account", BOOL, required=True),
        Field("has_access", "has_access", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
