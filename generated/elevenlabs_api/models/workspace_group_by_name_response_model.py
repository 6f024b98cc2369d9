from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if members_emails is not None or "members_emails" not in self._missing_fields:
            field_dict["members_emails"] = members_emails
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        members_emails = d.pop("members_emails", MISSING)
        if members_emails.__class__ is not list:
            if members_emails is MISSING:
                members_emails = missing_field(cls, "members_emails")
                _missing += ("members_emails",)
            else:
                members_emails = unexpected_type(cls, "members_emails", members_emails, "an array")
        elif members_emails.__class__ is list and members_emails:
            check_items(cls, "members_emails", members_emails, (str,), "a string")

        workspace_group_by_name_response_model = cls(
            name=name,
            id=id,
            members_emails=members_emails,
        )
        if _missing:
            workspace_group_by_name_response_model._missing_fields = _missing
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
