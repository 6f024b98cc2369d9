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
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateMemberRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    email: Email of the target user.
    is_locked: Whether to lock or unlock the user account.
    workspace_role: The workspace role of the user. This is deprecated, use `workspace_seat_type` instead.
    workspace_seat_type: The workspace seat type
    """

    email: str

    is_locked: bool | None | Unset = UNSET

    workspace_role: None | SeatType | Unset = UNSET

    workspace_seat_type: None | SeatType | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("email", "email", STR, required=True),
        Field("is_locked", "is_locked", union(BOOL, NULL)),
        Field("workspace_role", "workspace_role", union(literal("SeatType"), NULL)),
        Field("workspace_seat_type", "workspace_seat_type", union(literal("SeatType"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
