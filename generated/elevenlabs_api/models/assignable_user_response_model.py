from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignableUserResponseModel")


@_attrs_define
class AssignableUserResponseModel:
    """Attributes:
    user_id (str):
    email (str):
    first_name (None | str):
    is_service_account (bool):
    has_access (bool): Whether this workspace member currently has at least viewer access to the agent. Members
        without access are still returned so they can be surfaced (e.g. grayed out) and granted access before being
        assigned.
    """

    user_id: str

    email: str

    first_name: None | str

    is_service_account: bool

    has_access: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        first_name: None | str = self.first_name

        is_service_account = self.is_service_account

        has_access = self.has_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["user_id"] = user_id
        field_dict["email"] = email
        field_dict["first_name"] = first_name
        field_dict["is_service_account"] = is_service_account
        field_dict["has_access"] = has_access
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        email = d.pop("email")

        first_name = d.pop("first_name")

        is_service_account = d.pop("is_service_account")

        has_access = d.pop("has_access")

        assignable_user_response_model = cls(
            user_id=user_id,
            email=email,
            first_name=first_name,
            is_service_account=is_service_account,
            has_access=has_access,
        )
        assignable_user_response_model.additional_properties = d
        return assignable_user_response_model

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
