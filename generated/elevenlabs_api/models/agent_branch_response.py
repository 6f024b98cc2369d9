from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import BranchProtectionStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentBranchResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    protection_status: Defaults to 'writer_perms_required' on the server.
    access_info: Access information for the branch
    current_live_percentage: Percentage of traffic live on the branch Defaults to 0.0 on the server.
    parent_branch: Parent branch of the branch
    most_recent_versions: Most recent versions on the branch
    """

    id: str

    name: str

    agent_id: str

    description: str

    created_at: int

    last_committed_at: int

    is_archived: bool

    protection_status: BranchProtectionStatus | str | Unset = UNSET

    access_info: None | ResourceAccessInfo | Unset = UNSET

    current_live_percentage: float | Unset = UNSET

    parent_branch: AgentBranchBasicInfo | None | Unset = UNSET

    most_recent_versions: list[AgentVersionMetadata] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("created_at", "created_at", INT, required=True),
        Field("last_committed_at", "last_committed_at", INT, required=True),
        Field("is_archived", "is_archived", BOOL, required=True),
        Field("protection_status", "protection_status", union(literal("BranchProtectionStatus"), STR)),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field("current_live_percentage", "current_live_percentage", FLOAT),
        Field("parent_branch", "parent_branch", union(object_of("AgentBranchBasicInfo"), NULL)),
        Field("most_recent_versions", "most_recent_versions", list_of(object_of("AgentVersionMetadata"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentBranchBasicInfo(Lazy, AdditionalProperties[Any]):
    id: str

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_version_metadata import AgentVersionMetadata
from ..models.resource_access_info import ResourceAccessInfo
