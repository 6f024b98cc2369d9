from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SeatType, check_seat_type
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="InviteUserRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class InviteUserRequest(Lazy):
    """Attributes:
    email (str): The email of the customer
    workspace_permission (None | str | Unset): The workspace permission of the user. This is deprecated, use
        `seat_type` instead.
    seat_type (None | SeatType | Unset): The seat type of the user
    group_ids (list[str] | None | Unset): The group ids of the user
    usage_limit (int | None | Unset): Monthly credit usage limit for the invitee. Omit or set to null for no custom
        cap.
    """

    email: str

    workspace_permission: None | str | Unset = UNSET

    seat_type: None | SeatType | Unset = UNSET

    group_ids: list[str] | None | Unset = UNSET

    usage_limit: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("email",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        email = self.email

        workspace_permission: Any
        try:
            workspace_permission = self.workspace_permission

        except (AttributeError, TypeError):
            workspace_permission = self.workspace_permission

        seat_type: Any
        try:
            if isinstance(self.seat_type, Unset):
                seat_type = UNSET
            elif isinstance(self.seat_type, str):
                seat_type = self.seat_type
            else:
                seat_type = self.seat_type

        except (AttributeError, TypeError):
            seat_type = self.seat_type

        group_ids: Any
        try:
            if isinstance(self.group_ids, Unset):
                group_ids = UNSET
            elif isinstance(self.group_ids, list):
                group_ids = self.group_ids

            else:
                group_ids = self.group_ids

        except (AttributeError, TypeError):
            group_ids = self.group_ids

        usage_limit: Any
        try:
            usage_limit = self.usage_limit

        except (AttributeError, TypeError):
            usage_limit = self.usage_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not None or "email" not in self._missing_fields:
            field_dict["email"] = email
        if workspace_permission is not UNSET:
            field_dict["workspace_permission"] = workspace_permission
        if seat_type is not UNSET:
            field_dict["seat_type"] = seat_type
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        invite_user_request = cls.__new__(cls)
        invite_user_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return invite_user_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_email = plain_reader("email", (str,), "a string", True)

_read_workspace_permission = plain_reader(
    "workspace_permission",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_seat_type(cls: type[InviteUserRequest], d: Mapping[str, Any]) -> Any:
    seat_type_raw = d.get("seat_type", UNSET)
    try:

        def _parse_seat_type(data: object) -> None | SeatType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            seat_type_type_0 = check_seat_type(data)

            return seat_type_type_0

        seat_type = _parse_seat_type(seat_type_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        seat_type = deviating_field(cls, "seat_type", seat_type_raw)

    return seat_type


_read_group_ids = plain_reader(
    "group_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_usage_limit = plain_reader(
    "usage_limit",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "email",
        "workspace_permission",
        "seat_type",
        "group_ids",
        "usage_limit",
    )
)


def _read_additional_properties(cls: type[InviteUserRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[InviteUserRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    email = d.get("email", MISSING)
    if email.__class__ is not str:
        email = _read_email(cls, d)

    workspace_permission = d.get("workspace_permission", UNSET)
    if (
        workspace_permission.__class__ is not str
        and workspace_permission is not None
        and workspace_permission is not UNSET
    ):
        workspace_permission = _read_workspace_permission(cls, d)

    if "seat_type" in known:
        seat_type = known["seat_type"]
    else:
        seat_type = d.get("seat_type", UNSET)
        if seat_type is not UNSET and seat_type is not None:
            seat_type = _read_seat_type(cls, d)

    group_ids = d.get("group_ids", UNSET)
    if group_ids.__class__ is not list and group_ids is not None and group_ids is not UNSET:
        group_ids = _read_group_ids(cls, d)
    elif group_ids.__class__ is list and group_ids:
        check_items(cls, "group_ids", group_ids, (str,), "a string")

    usage_limit = d.get("usage_limit", UNSET)
    if usage_limit.__class__ is not int and usage_limit is not None and usage_limit is not UNSET:
        usage_limit = _read_usage_limit(cls, d)

    return {
        "email": email,
        "workspace_permission": workspace_permission,
        "seat_type": seat_type,
        "group_ids": group_ids,
        "usage_limit": usage_limit,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    InviteUserRequest,
    _all_fields,
    {
        "email": _read_email,
        "workspace_permission": _read_workspace_permission,
        "seat_type": _read_seat_type,
        "group_ids": _read_group_ids,
        "usage_limit": _read_usage_limit,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
