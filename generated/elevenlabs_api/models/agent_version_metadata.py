from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentVersionMetadata(Lazy, AdditionalProperties[Any]):
    id: str

    agent_id: str

    branch_id: str

    version_description: str

    seq_no_in_branch: int

    time_committed_secs: int

    parents: AgentVersionParents

    access_info: None | ResourceAccessInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("branch_id", "branch_id", STR, required=True),
        Field("version_description", "version_description", STR, required=True),
        Field("seq_no_in_branch", "seq_no_in_branch", INT, required=True),
        Field("time_committed_secs", "time_committed_secs", INT, required=True),
        Field("parents", "parents", object_of("AgentVersionParents"), required=True),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentVersionParents(Lazy, AdditionalProperties[Any]):
    in_branch_parent_id: None | str | Unset = UNSET

    out_of_branch_parent_id: None | str | Unset = UNSET

    merged_into_branch_id: None | str | Unset = UNSET

    merged_from_branch_id: None | str | Unset = UNSET

    merged_from_version_id: None | str | Unset = UNSET

    rebased_from_version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("in_branch_parent_id", "in_branch_parent_id", union(STR, NULL)),
        Field("out_of_branch_parent_id", "out_of_branch_parent_id", union(STR, NULL)),
        Field("merged_into_branch_id", "merged_into_branch_id", union(STR, NULL)),
        Field("merged_from_branch_id", "merged_from_branch_id", union(STR, NULL)),
        Field("merged_from_version_id", "merged_from_version_id", union(STR, NULL)),
        Field("rebased_from_version_id", "rebased_from_version_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
