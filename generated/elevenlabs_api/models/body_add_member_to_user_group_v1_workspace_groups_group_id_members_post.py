from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyAddMemberToUserGroupV1WorkspaceGroupsGroupIdMembersPost")


@_attrs_define
class BodyAddMemberToUserGroupV1WorkspaceGroupsGroupIdMembersPost:
    """Attributes:
    email (str): The email of the target workspace member.
    """

    email: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not None or "email" not in self._missing_fields:
            field_dict["email"] = email
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

        body_add_member_to_user_group_v1_workspace_groups_group_id_members_post = cls(
            email=email,
        )
        if _missing:
            body_add_member_to_user_group_v1_workspace_groups_group_id_members_post._missing_fields = _missing
        body_add_member_to_user_group_v1_workspace_groups_group_id_members_post.additional_properties = d
        return body_add_member_to_user_group_v1_workspace_groups_group_id_members_post

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
