from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceGroupByNameResponseModel")


@_attrs_define
class WorkspaceGroupByNameResponseModel:
    """Example:
        {'id': '1234567890', 'members_emails': ['john.doe@example.com', 'jane.smith@example.com'], 'name': 'My Workspace
        Group'}

    Attributes:
        name (str): The name of the workspace group.
        id (str): The ID of the workspace group.
        members_emails (list[str]): The emails of the members of the workspace group.
    """

    name: str

    id: str

    members_emails: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        members_emails = self.members_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["id"] = id
        field_dict["members_emails"] = members_emails
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        members_emails = cast(list[str], d.pop("members_emails"))

        workspace_group_by_name_response_model = cls(
            name=name,
            id=id,
            members_emails=members_emails,
        )
        workspace_group_by_name_response_model.additional_properties = d
        return workspace_group_by_name_response_model

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
