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
    literal,
    union,
)
from ..models._literals import SeatType


@_attrs_define(slots=False)
class WorkspaceMemberResponseModel(Lazy, AdditionalProperties[Any]):
    """Public workspace member fields exposed via GET /v1/workspace/members.

    Attributes:
        user_id: The user ID of the workspace member.
        email: The email address of the workspace member.
        first_name: The first name of the workspace member, if available.
        seat_type: The seat type (role) of the workspace member.
        is_owner: Whether the member is the workspace owner.
        is_locked: Whether the member's account is locked in this workspace.
    """

    user_id: str

    email: str

    first_name: None | str = _attrs_field(default=None, kw_only=True)

    seat_type: None | SeatType | str = _attrs_field(default=None, kw_only=True)

    is_owner: bool

    is_locked: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_id", "user_id", STR, required=True),
        Field("email", "email", STR, required=True),
        Field("first_name", "first_name", union(STR, NULL), required=True),
        Field("seat_type", "seat_type", union(literal("SeatType"), NULL, STR), required=True),
        Field("is_owner", "is_owner", BOOL, required=True),
        Field("is_locked", "is_locked", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
