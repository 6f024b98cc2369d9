from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType
from ..types import MISSING, missing_field

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
        if user_id is not None:
            field_dict["user_id"] = user_id
        if email is not None:
            field_dict["email"] = email
        field_dict["first_name"] = first_name
        field_dict["seat_type"] = seat_type
        if is_owner is not None:
            field_dict["is_owner"] = is_owner
        if is_locked is not None:
            field_dict["is_locked"] = is_locked
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        user_id = d.pop("user_id", MISSING)
        if user_id is MISSING:
            user_id = missing_field(cls, "user_id")

        email = d.pop("email", MISSING)
        if email is MISSING:
            email = missing_field(cls, "email")

        first_name = d.pop("first_name", MISSING)
        if first_name is MISSING:
            first_name = missing_field(cls, "first_name")

        seat_type = d.pop("seat_type", MISSING)
        if seat_type is MISSING:
            seat_type = missing_field(cls, "seat_type")

        is_owner = d.pop("is_owner", MISSING)
        if is_owner is MISSING:
            is_owner = missing_field(cls, "is_owner")

        is_locked = d.pop("is_locked", MISSING)
        if is_locked is MISSING:
            is_locked = missing_field(cls, "is_locked")

        workspace_member_response_model = cls(
            user_id=user_id,
            email=email,
            first_name=first_name,
            seat_type=seat_type,
            is_owner=is_owner,
            is_locked=is_locked,
        )
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
