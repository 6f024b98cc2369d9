from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost(Lazy):
    """Attributes:
    archive_source_branch (bool | Unset): Whether to archive the source branch after merging Defaults to True on the
        server.
    force (bool | Unset): Force source branch changes onto the target, overriding timestamp-based conflict
        resolution Defaults to False on the server.
    """

    archive_source_branch: bool | Unset = UNSET

    force: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post = (
            cls.__new__(cls)
        )
        body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_archive_source_branch = plain_reader("archive_source_branch", (bool,), "a boolean", False)

_read_force = plain_reader("force", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "archive_source_branch",
        "force",
    )
)


def _read_additional_properties(
    cls: type[BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost],
    d: Mapping[str, Any],
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    archive_source_branch = d.get("archive_source_branch", UNSET)
    if archive_source_branch.__class__ is not bool and archive_source_branch is not UNSET:
        archive_source_branch = _read_archive_source_branch(cls, d)

    force = d.get("force", UNSET)
    if force.__class__ is not bool and force is not UNSET:
        force = _read_force(cls, d)

    return {
        "archive_source_branch": archive_source_branch,
        "force": force,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost,
    _all_fields,
    {
        "archive_source_branch": _read_archive_source_branch,
        "force": _read_force,
        "additional_properties": _read_additional_properties,
    },
)
