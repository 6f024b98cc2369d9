from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost")


@_attrs_define
class BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost:
    """Attributes:
    archive_source_branch (bool | Unset): Whether to archive the source branch after merging Default: True.
    force (bool | Unset): Force source branch changes onto the target, overriding timestamp-based conflict
        resolution Default: False.
    """

    archive_source_branch: bool | Unset = True

    force: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archive_source_branch = self.archive_source_branch

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archive_source_branch is not UNSET:
            field_dict["archive_source_branch"] = archive_source_branch
        if force is not UNSET:
            field_dict["force"] = force
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        archive_source_branch = d.pop("archive_source_branch", UNSET)
        if archive_source_branch.__class__ is not bool and archive_source_branch is not UNSET:
            archive_source_branch = unexpected_type(cls, "archive_source_branch", archive_source_branch, "a boolean")

        force = d.pop("force", UNSET)
        if force.__class__ is not bool and force is not UNSET:
            force = unexpected_type(cls, "force", force, "a boolean")

        body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post = cls(
            archive_source_branch=archive_source_branch,
            force=force,
        )
        body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post.additional_properties = d
        return body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post

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
