from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import SeatType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class InviteUserRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    email: The email of the customer
    workspace_permission: The workspace permission of the user. This is deprecated, use `seat_type` instead.
    seat_type: The seat type of the user
    group_ids: The group ids of the user
    usage_limit: Monthly credit usage limit for the invitee. Omit or set to null for no custom cap.
    """

    email: str

    workspace_permission: None | str | Unset = UNSET

    seat_type: None | SeatType | Unset = UNSET

    group_ids: list[str] | None | Unset = UNSET

    usage_limit: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("email", "email", STR, required=True),
        Field("workspace_permission", "workspace_permission", union(STR, NULL)),
        Field("seat_type", "seat_type", union(literal("SeatType"), NULL)),
        Field("group_ids", "group_ids", union(list_of(STR), NULL)),
        Field("usage_limit", "usage_limit", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
