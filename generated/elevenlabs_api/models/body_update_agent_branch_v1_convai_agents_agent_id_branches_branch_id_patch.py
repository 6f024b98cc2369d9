from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import BranchProtectionStatus, check_branch_protection_status
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch(Lazy):
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
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch = cls.__new__(cls)
        body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_archived = plain_reader(
    "is_archived",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_protection_status(
    cls: type[BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch], d: Mapping[str, Any]
) -> Any:
    protection_status_raw = d.get("protection_status", UNSET)
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

    return protection_status


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "is_archived",
        "protection_status",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    is_archived = d.get("is_archived", UNSET)
    if is_archived.__class__ is not bool and is_archived is not None and is_archived is not UNSET:
        is_archived = _read_is_archived(cls, d)

    if "protection_status" in known:
        protection_status = known["protection_status"]
    else:
        protection_status = d.get("protection_status", UNSET)
        if protection_status is not UNSET and protection_status is not None:
            protection_status = _read_protection_status(cls, d)

    return {
        "name": name,
        "is_archived": is_archived,
        "protection_status": protection_status,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch,
    _all_fields,
    {
        "name": _read_name,
        "is_archived": _read_is_archived,
        "protection_status": _read_protection_status,
        "additional_properties": _read_additional_properties,
    },
)
