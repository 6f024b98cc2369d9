from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.branch_protection_status import BranchProtectionStatus, check_branch_protection_status
from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch")


@_attrs_define
class BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch:
    """Attributes:
    name (None | str | Unset): New name for the branch. Must be unique within the agent.
    is_archived (bool | None | Unset): Whether the branch should be archived
    protection_status (BranchProtectionStatus | None | Unset): The protection level for the branch
    """

    name: None | str | Unset = UNSET

    is_archived: bool | None | Unset = UNSET

    protection_status: BranchProtectionStatus | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        is_archived: Any
        try:
            is_archived = self.is_archived

        except (AttributeError, TypeError):
            is_archived = self.is_archived

        protection_status: Any
        try:
            if isinstance(self.protection_status, Unset):
                protection_status = UNSET
            elif isinstance(self.protection_status, str):
                protection_status = self.protection_status
            else:
                protection_status = self.protection_status

        except (AttributeError, TypeError):
            protection_status = self.protection_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if protection_status is not UNSET:
            field_dict["protection_status"] = protection_status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not None and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string or null")

        is_archived = d.pop("is_archived", UNSET)
        if is_archived.__class__ is not bool and is_archived is not None and is_archived is not UNSET:
            is_archived = unexpected_type(cls, "is_archived", is_archived, "a boolean or null")

        protection_status_raw = d.pop("protection_status", UNSET)
        try:

            def _parse_protection_status(data: object) -> BranchProtectionStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                protection_status_type_0 = check_branch_protection_status(data)

                return protection_status_type_0

            protection_status = _parse_protection_status(protection_status_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            protection_status = deviating_field(cls, "protection_status", protection_status_raw)

        body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch = cls(
            name=name,
            is_archived=is_archived,
            protection_status=protection_status,
        )
        body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch.additional_properties = d
        return body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch

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
