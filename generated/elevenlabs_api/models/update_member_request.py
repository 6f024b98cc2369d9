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
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UpdateMemberRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateMemberRequest(Lazy):
    """Attributes:
    email (str): Email of the target user.
    is_locked (bool | None | Unset): Whether to lock or unlock the user account.
    workspace_role (None | SeatType | Unset): The workspace role of the user. This is deprecated, use
        `workspace_seat_type` instead.
    workspace_seat_type (None | SeatType | Unset): The workspace seat type
    """

    email: str

    is_locked: bool | None | Unset = UNSET

    workspace_role: None | SeatType | Unset = UNSET

    workspace_seat_type: None | SeatType | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("email",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        email = self.email

        is_locked: Any
        try:
            is_locked = self.is_locked

        except (AttributeError, TypeError):
            is_locked = self.is_locked

        workspace_role: Any
        try:
            if isinstance(self.workspace_role, Unset):
                workspace_role = UNSET
            elif isinstance(self.workspace_role, str):
                workspace_role = self.workspace_role
            else:
                workspace_role = self.workspace_role

        except (AttributeError, TypeError):
            workspace_role = self.workspace_role

        workspace_seat_type: Any
        try:
            if isinstance(self.workspace_seat_type, Unset):
                workspace_seat_type = UNSET
            elif isinstance(self.workspace_seat_type, str):
                workspace_seat_type = self.workspace_seat_type
            else:
                workspace_seat_type = self.workspace_seat_type

        except (AttributeError, TypeError):
            workspace_seat_type = self.workspace_seat_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not None or "email" not in self._missing_fields:
            field_dict["email"] = email
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if workspace_role is not UNSET:
            field_dict["workspace_role"] = workspace_role
        if workspace_seat_type is not UNSET:
            field_dict["workspace_seat_type"] = workspace_seat_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_member_request = cls.__new__(cls)
        update_member_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return update_member_request

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

_read_is_locked = plain_reader(
    "is_locked",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_workspace_role(cls: type[UpdateMemberRequest], d: Mapping[str, Any]) -> Any:
    workspace_role_raw = d.get("workspace_role", UNSET)
    try:

        def _parse_workspace_role(data: object) -> None | SeatType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            workspace_role_type_0 = check_seat_type(data)

            return workspace_role_type_0

        workspace_role = _parse_workspace_role(workspace_role_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        workspace_role = deviating_field(cls, "workspace_role", workspace_role_raw)

    return workspace_role


def _read_workspace_seat_type(cls: type[UpdateMemberRequest], d: Mapping[str, Any]) -> Any:
    workspace_seat_type_raw = d.get("workspace_seat_type", UNSET)
    try:

        def _parse_workspace_seat_type(data: object) -> None | SeatType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            workspace_seat_type_type_0 = check_seat_type(data)

            return workspace_seat_type_type_0

        workspace_seat_type = _parse_workspace_seat_type(workspace_seat_type_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        workspace_seat_type = deviating_field(cls, "workspace_seat_type", workspace_seat_type_raw)

    return workspace_seat_type


_FIELDS: frozenset[str] = frozenset(
    (
        "email",
        "is_locked",
        "workspace_role",
        "workspace_seat_type",
    )
)


def _read_additional_properties(cls: type[UpdateMemberRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UpdateMemberRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    email = d.get("email", MISSING)
    if email.__class__ is not str:
        email = _read_email(cls, d)

    is_locked = d.get("is_locked", UNSET)
    if is_locked.__class__ is not bool and is_locked is not None and is_locked is not UNSET:
        is_locked = _read_is_locked(cls, d)

    if "workspace_role" in known:
        workspace_role = known["workspace_role"]
    else:
        workspace_role = d.get("workspace_role", UNSET)
        if workspace_role is not UNSET and workspace_role is not None:
            workspace_role = _read_workspace_role(cls, d)

    if "workspace_seat_type" in known:
        workspace_seat_type = known["workspace_seat_type"]
    else:
        workspace_seat_type = d.get("workspace_seat_type", UNSET)
        if workspace_seat_type is not UNSET and workspace_seat_type is not None:
            workspace_seat_type = _read_workspace_seat_type(cls, d)

    return {
        "email": email,
        "is_locked": is_locked,
        "workspace_role": workspace_role,
        "workspace_seat_type": workspace_seat_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UpdateMemberRequest,
    _all_fields,
    {
        "email": _read_email,
        "is_locked": _read_is_locked,
        "workspace_role": _read_workspace_role,
        "workspace_seat_type": _read_workspace_seat_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
