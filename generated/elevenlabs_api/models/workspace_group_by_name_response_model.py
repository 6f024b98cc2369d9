from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class WorkspaceGroupByNameResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'id': '1234567890', 'members_emails': ['john.doe@example.com', 'jane.smith@example.com'], 'name': 'My Workspace
        Group'}

    Attributes:
        name: The name of the workspace group.
        id: The ID of the workspace group.
        members_emails: The emails of the members of the workspace group.
    """

    name: str

    id: str

    members_emails: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("members_emails", "members_emails", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
