from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

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

        members_emails: Any
        try:
            members_emails = self.members_emails

        except (AttributeError, TypeError):
            members_emails = self.members_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None:
            field_dict["name"] = name
        if id is not None:
            field_dict["id"] = id
        if members_emails is not None:
            field_dict["members_emails"] = members_emails
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        members_emails_raw = d.pop("members_emails", MISSING)
        if members_emails_raw is MISSING:
            members_emails_raw = missing_field(cls, "members_emails")
        try:
            members_emails = cast(list[str], members_emails_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            members_emails = deviating_field(cls, "members_emails", members_emails_raw)

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
