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
class ListResponseAgentBranchSummary(Lazy, AdditionalProperties[Any]):
    results: list[AgentBranchSummary]

    meta: ListResponseMeta | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("results", "results", list_of(object_of("AgentBranchSummary")), required=True),
        Field("meta", "meta", object_of("ListResponseMeta")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentBranchSummary(Lazy, AdditionalProperties[Any]):
    """Attributes:
    protection_status: Defaults to 'writer_perms_required' on the server.
    access_info: Access information for the branch
    current_live_percentage: Percentage of traffic live on the branch Defaults to 0.0 on the server.
    parent_branch_id: ID of the parent branch
    draft_exists: Whether a draft exists for the branch Defaults to False on the server.
    calls_7d: Number of calls in the last 7 days Defaults to 0 on the server.
    commits_ahead: Number of commits on this branch not yet on main, relative to their common ancestor. Null if it
        could not be computed (e.g. no common ancestor, or the branch history exceeds the comparison budget).
    commits_behind: Number of commits on main not yet incorporated into this branch, relative to their common
        ancestor. Null if it could not be computed (e.g. no common ancestor, or the branch history exceeds the
        comparison budget).
    merged_into_branch_id: ID of the branch this branch's tip version was merged into, if any
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

    parent_branch_id: None | str | Unset = UNSET

    draft_exists: bool | Unset = UNSET

    calls_7d: int | Unset = UNSET

    commits_ahead: int | None | Unset = UNSET

    commits_behind: int | None | Unset = UNSET

    merged_into_branch_id: None | str | Unset = UNSET

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
        Field("parent_branch_id", "parent_branch_id", union(STR, NULL)),
        Field("draft_exists", "draft_exists", BOOL),
        Field("calls_7d", "calls_7d", INT),
        Field("commits_ahead", "commits_ahead", union(INT, NULL)),
        Field("commits_behind", "commits_behind", union(INT, NULL)),
        Field("merged_into_branch_id", "merged_into_branch_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_response_meta import ListResponseMeta
from ..models.resource_access_info import ResourceAccessInfo
