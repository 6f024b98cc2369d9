from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SeatType
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceMemberResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceMemberResponseModel(Lazy):
    """Public workspace member fields exposed via GET /v1/workspace/members.

    Attributes:
        user_id (str): The user ID of the workspace member.
        email (str): The email address of the workspace member.
        first_name (None | str): The first name of the workspace member, if available.
        seat_type (None | SeatType | str): The seat type (role) of the workspace member.
        is_owner (bool): Whether the member is the workspace owner.
        is_locked (bool): Whether the member's account is locked in this workspace.
    """

    user_id: str

    email: str

    first_name: None | str = _attrs_field(default=None, kw_only=True)

    seat_type: None | SeatType | str = _attrs_field(default=None, kw_only=True)

    is_owner: bool

    is_locked: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "user_id",
        "email",
        "first_name",
        "seat_type",
        "is_owner",
        "is_locked",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        user_id = self.user_id

        email = self.email

        first_name: Any
        try:
            first_name = self.first_name

        except (AttributeError, TypeError):
            first_name = self.first_name

        seat_type: Any
        try:
            if isinstance(self.seat_type, str):
                seat_type = self.seat_type
            else:
                seat_type = self.seat_type

        except (AttributeError, TypeError):
            seat_type = self.seat_type

        is_owner = self.is_owner

        is_locked = self.is_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not None or "user_id" not in self._missing_fields:
            field_dict["user_id"] = user_id
        if email is not None or "email" not in self._missing_fields:
            field_dict["email"] = email
        if first_name is not None or "first_name" not in self._missing_fields:
            field_dict["first_name"] = first_name
        if seat_type is not None or "seat_type" not in self._missing_fields:
            field_dict["seat_type"] = seat_type
        if is_owner is not None or "is_owner" not in self._missing_fields:
            field_dict["is_owner"] = is_owner
        if is_locked is not None or "is_locked" not in self._missing_fields:
            field_dict["is_locked"] = is_locked
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_member_response_model = cls.__new__(cls)
        workspace_member_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_member_response_model

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


_read_user_id = plain_reader("user_id", (str,), "a string", True)

_read_email = plain_reader("email", (str,), "a string", True)

_read_first_name = plain_reader(
    "first_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_seat_type = plain_reader(
    "seat_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)

_read_is_owner = plain_reader("is_owner", (bool,), "a boolean", True)

_read_is_locked = plain_reader("is_locked", (bool,), "a boolean", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "user_id",
        "email",
        "first_name",
        "seat_type",
        "is_owner",
        "is_locked",
    )
)


def _read_additional_properties(cls: type[WorkspaceMemberResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceMemberResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    user_id = d.get("user_id", MISSING)
    if user_id.__class__ is not str:
        user_id = _read_user_id(cls, d)

    email = d.get("email", MISSING)
    if email.__class__ is not str:
        email = _read_email(cls, d)

    first_name = d.get("first_name", MISSING)
    if first_name.__class__ is not str and first_name is not None:
        first_name = _read_first_name(cls, d)

    seat_type = d.get("seat_type", MISSING)
    if seat_type is not None and seat_type.__class__ is not str:
        seat_type = _read_seat_type(cls, d)

    is_owner = d.get("is_owner", MISSING)
    if is_owner.__class__ is not bool:
        is_owner = _read_is_owner(cls, d)

    is_locked = d.get("is_locked", MISSING)
    if is_locked.__class__ is not bool:
        is_locked = _read_is_locked(cls, d)

    return {
        "user_id": user_id,
        "email": email,
        "first_name": first_name,
        "seat_type": seat_type,
        "is_owner": is_owner,
        "is_locked": is_locked,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceMemberResponseModel,
    _all_fields,
    {
        "user_id": _read_user_id,
        "email": _read_email,
        "first_name": _read_first_name,
        "seat_type": _read_seat_type,
        "is_owner": _read_is_owner,
        "is_locked": _read_is_locked,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
