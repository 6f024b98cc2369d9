from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceGroupByNameResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceGroupByNameResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "id",
        "members_emails",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_group_by_name_response_model = cls.__new__(cls)
        workspace_group_by_name_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_name = plain_reader("name", (str,), "a string", True)

_read_id = plain_reader("id", (str,), "a string", True)

_read_members_emails = plain_reader("members_emails", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "id",
        "members_emails",
    )
)


def _read_additional_properties(cls: type[WorkspaceGroupByNameResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceGroupByNameResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    members_emails = d.get("members_emails", MISSING)
    if members_emails.__class__ is not list:
        members_emails = _read_members_emails(cls, d)
    elif members_emails.__class__ is list and members_emails:
        check_items(cls, "members_emails", members_emails, (str,), "a string")

    return {
        "name": name,
        "id": id,
        "members_emails": members_emails,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceGroupByNameResponseModel,
    _all_fields,
    {
        "name": _read_name,
        "id": _read_id,
        "members_emails": _read_members_emails,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
