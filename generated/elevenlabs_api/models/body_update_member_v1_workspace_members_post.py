from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType, check_seat_type
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyUpdateMemberV1WorkspaceMembersPost")


@_attrs_define
class BodyUpdateMemberV1WorkspaceMembersPost:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        email = d.pop("email", MISSING)
        if email.__class__ is not str:
            if email is MISSING:
                email = missing_field(cls, "email")
                _missing += ("email",)
            else:
                email = unexpected_type(cls, "email", email, "a string")

        is_locked = d.pop("is_locked", UNSET)
        if is_locked.__class__ is not bool and is_locked is not None and is_locked is not UNSET:
            is_locked = unexpected_type(cls, "is_locked", is_locked, "a boolean or null")

        workspace_role_raw = d.pop("workspace_role", UNSET)
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

        workspace_seat_type_raw = d.pop("workspace_seat_type", UNSET)
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

        body_update_member_v1_workspace_members_post = cls(
            email=email,
            is_locked=is_locked,
            workspace_role=workspace_role,
            workspace_seat_type=workspace_seat_type,
        )
        if _missing:
            body_update_member_v1_workspace_members_post._missing_fields = _missing
        body_update_member_v1_workspace_members_post.additional_properties = d
        return body_update_member_v1_workspace_members_post

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
