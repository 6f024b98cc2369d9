from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkspaceMemberResponseModel")


@_attrs_define
class WorkspaceMemberResponseModel:
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

    first_name: None | str

    seat_type: None | SeatType | str

    is_owner: bool

    is_locked: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        user_id = d.pop("user_id", MISSING)
        if user_id.__class__ is not str:
            if user_id is MISSING:
                user_id = missing_field(cls, "user_id")
                _missing += ("user_id",)
            else:
                user_id = unexpected_type(cls, "user_id", user_id, "a string")

        email = d.pop("email", MISSING)
        if email.__class__ is not str:
            if email is MISSING:
                email = missing_field(cls, "email")
                _missing += ("email",)
            else:
                email = unexpected_type(cls, "email", email, "a string")

        first_name = d.pop("first_name", MISSING)
        if first_name.__class__ is not str and first_name is not None:
            if first_name is MISSING:
                first_name = missing_field(cls, "first_name")
                _missing += ("first_name",)
            else:
                first_name = unexpected_type(cls, "first_name", first_name, "a string or null")

        seat_type = d.pop("seat_type", MISSING)
        if seat_type is not None and seat_type.__class__ is not str:
            if seat_type is MISSING:
                seat_type = missing_field(cls, "seat_type")
                _missing += ("seat_type",)
            else:
                seat_type = unexpected_type(cls, "seat_type", seat_type, "null or a string")

        is_owner = d.pop("is_owner", MISSING)
        if is_owner.__class__ is not bool:
            if is_owner is MISSING:
                is_owner = missing_field(cls, "is_owner")
                _missing += ("is_owner",)
            else:
                is_owner = unexpected_type(cls, "is_owner", is_owner, "a boolean")

        is_locked = d.pop("is_locked", MISSING)
        if is_locked.__class__ is not bool:
            if is_locked is MISSING:
                is_locked = missing_field(cls, "is_locked")
                _missing += ("is_locked",)
            else:
                is_locked = unexpected_type(cls, "is_locked", is_locked, "a boolean")

        workspace_member_response_model = cls(
            user_id=user_id,
            email=email,
            first_name=first_name,
            seat_type=seat_type,
            is_owner=is_owner,
            is_locked=is_locked,
        )
        if _missing:
            workspace_member_response_model._missing_fields = _missing
        workspace_member_response_model.additional_properties = d
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
