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

T = TypeVar("T", bound="AgentVersionParents")


@_attrs_define
class AgentVersionParents:
    """Attributes:
    in_branch_parent_id (None | str | Unset):
    out_of_branch_parent_id (None | str | Unset):
    merged_into_branch_id (None | str | Unset):
    merged_from_branch_id (None | str | Unset):
    merged_from_version_id (None | str | Unset):
    rebased_from_version_id (None | str | Unset):
    """

    in_branch_parent_id: None | str | Unset = UNSET

    out_of_branch_parent_id: None | str | Unset = UNSET

    merged_into_branch_id: None | str | Unset = UNSET

    merged_from_branch_id: None | str | Unset = UNSET

    merged_from_version_id: None | str | Unset = UNSET

    rebased_from_version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_branch_parent_id: Any
        try:
            in_branch_parent_id = self.in_branch_parent_id

        except (AttributeError, TypeError):
            in_branch_parent_id = self.in_branch_parent_id

        out_of_branch_parent_id: Any
        try:
            out_of_branch_parent_id = self.out_of_branch_parent_id

        except (AttributeError, TypeError):
            out_of_branch_parent_id = self.out_of_branch_parent_id

        merged_into_branch_id: Any
        try:
            merged_into_branch_id = self.merged_into_branch_id

        except (AttributeError, TypeError):
            merged_into_branch_id = self.merged_into_branch_id

        merged_from_branch_id: Any
        try:
            merged_from_branch_id = self.merged_from_branch_id

        except (AttributeError, TypeError):
            merged_from_branch_id = self.merged_from_branch_id

        merged_from_version_id: Any
        try:
            merged_from_version_id = self.merged_from_version_id

        except (AttributeError, TypeError):
            merged_from_version_id = self.merged_from_version_id

        rebased_from_version_id: Any
        try:
            rebased_from_version_id = self.rebased_from_version_id

        except (AttributeError, TypeError):
            rebased_from_version_id = self.rebased_from_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_branch_parent_id is not UNSET:
            field_dict["in_branch_parent_id"] = in_branch_parent_id
        if out_of_branch_parent_id is not UNSET:
            field_dict["out_of_branch_parent_id"] = out_of_branch_parent_id
        if merged_into_branch_id is not UNSET:
            field_dict["merged_into_branch_id"] = merged_into_branch_id
        if merged_from_branch_id is not UNSET:
            field_dict["merged_from_branch_id"] = merged_from_branch_id
        if merged_from_version_id is not UNSET:
            field_dict["merged_from_version_id"] = merged_from_version_id
        if rebased_from_version_id is not UNSET:
            field_dict["rebased_from_version_id"] = rebased_from_version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        in_branch_parent_id = d.pop("in_branch_parent_id", UNSET)
        if (
            in_branch_parent_id.__class__ is not str
            and in_branch_parent_id is not None
            and in_branch_parent_id is not UNSET
        ):
            in_branch_parent_id = unexpected_type(cls, "in_branch_parent_id", in_branch_parent_id, "a string or null")

        out_of_branch_parent_id = d.pop("out_of_branch_parent_id", UNSET)
        if (
            out_of_branch_parent_id.__class__ is not str
            and out_of_branch_parent_id is not None
            and out_of_branch_parent_id is not UNSET
        ):
            out_of_branch_parent_id = unexpected_type(
                cls, "out_of_branch_parent_id", out_of_branch_parent_id, "a string or null"
            )

        merged_into_branch_id = d.pop("merged_into_branch_id", UNSET)
        if (
            merged_into_branch_id.__class__ is not str
            and merged_into_branch_id is not None
            and merged_into_branch_id is not UNSET
        ):
            merged_into_branch_id = unexpected_type(
                cls, "merged_into_branch_id", merged_into_branch_id, "a string or null"
            )

        merged_from_branch_id = d.pop("merged_from_branch_id", UNSET)
        if (
            merged_from_branch_id.__class__ is not str
            and merged_from_branch_id is not None
            and merged_from_branch_id is not UNSET
        ):
            merged_from_branch_id = unexpected_type(
                cls, "merged_from_branch_id", merged_from_branch_id, "a string or null"
            )

        merged_from_version_id = d.pop("merged_from_version_id", UNSET)
        if (
            merged_from_version_id.__class__ is not str
            and merged_from_version_id is not None
            and merged_from_version_id is not UNSET
        ):
            merged_from_version_id = unexpected_type(
                cls, "merged_from_version_id", merged_from_version_id, "a string or null"
            )

        rebased_from_version_id = d.pop("rebased_from_version_id", UNSET)
        if (
            rebased_from_version_id.__class__ is not str
            and rebased_from_version_id is not None
            and rebased_from_version_id is not UNSET
        ):
            rebased_from_version_id = unexpected_type(
                cls, "rebased_from_version_id", rebased_from_version_id, "a string or null"
            )

        agent_version_parents = cls(
            in_branch_parent_id=in_branch_parent_id,
            out_of_branch_parent_id=out_of_branch_parent_id,
            merged_into_branch_id=merged_into_branch_id,
            merged_from_branch_id=merged_from_branch_id,
            merged_from_version_id=merged_from_version_id,
            rebased_from_version_id=rebased_from_version_id,
        )
        agent_version_parents.additional_properties = d
        return agent_version_parents

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
