from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import BranchProtectionStatus
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentBranchResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentBranchResponse(Lazy):
    """Attributes:
    id (str):
    name (str):
    agent_id (str):
    description (str):
    created_at (int):
    last_committed_at (int):
    is_archived (bool):
    protection_status (BranchProtectionStatus | str | Unset): Defaults to 'writer_perms_required' on the server.
    access_info (None | ResourceAccessInfo | Unset): Access information for the branch
    current_live_percentage (float | Unset): Percentage of traffic live on the branch Defaults to 0.0 on the server.
    parent_branch (AgentBranchBasicInfo | None | Unset): Parent branch of the branch
    most_recent_versions (list[AgentVersionMetadata] | Unset): Most recent versions on the branch
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "agent_id",
        "description",
        "created_at",
        "last_committed_at",
        "is_archived",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        name = self.name

        agent_id = self.agent_id

        description = self.description

        created_at = self.created_at

        last_committed_at = self.last_committed_at

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

        access_info: Any
        try:
            if isinstance(self.access_info, Unset):
                access_info = UNSET
            elif isinstance(self.access_info, ResourceAccessInfo):
                access_info = self.access_info.to_dict()
            else:
                access_info = self.access_info

        except (AttributeError, TypeError):
            access_info = self.access_info

        current_live_percentage = self.current_live_percentage

        parent_branch: Any
        try:
            if isinstance(self.parent_branch, Unset):
                parent_branch = UNSET
            elif isinstance(self.parent_branch, AgentBranchBasicInfo):
                parent_branch = self.parent_branch.to_dict()
            else:
                parent_branch = self.parent_branch

        except (AttributeError, TypeError):
            parent_branch = self.parent_branch

        most_recent_versions: Any
        try:
            most_recent_versions = UNSET
            if not isinstance(self.most_recent_versions, Unset):
                most_recent_versions = []
                for most_recent_versions_item_data in self.most_recent_versions:
                    most_recent_versions_item = most_recent_versions_item_data.to_dict()
                    most_recent_versions.append(most_recent_versions_item)

        except (AttributeError, TypeError):
            most_recent_versions = self.most_recent_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if last_committed_at is not None or "last_committed_at" not in self._missing_fields:
            field_dict["last_committed_at"] = last_committed_at
        if is_archived is not None or "is_archived" not in self._missing_fields:
            field_dict["is_archived"] = is_archived
        if protection_status is not UNSET:
            field_dict["protection_status"] = protection_status
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if current_live_percentage is not UNSET:
            field_dict["current_live_percentage"] = current_live_percentage
        if parent_branch is not UNSET:
            field_dict["parent_branch"] = parent_branch
        if most_recent_versions is not UNSET:
            field_dict["most_recent_versions"] = most_recent_versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_branch_response = cls.__new__(cls)
        agent_branch_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_branch_response

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


_read_id = plain_reader("id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_created_at = plain_reader("created_at", (int,), "an integer", True)

_read_last_committed_at = plain_reader("last_committed_at", (int,), "an integer", True)

_read_is_archived = plain_reader("is_archived", (bool,), "a boolean", True)

_read_protection_status = plain_reader("protection_status", (str,), "a string", False)


def _read_access_info(cls: type[AgentBranchResponse], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", UNSET)
    try:

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(access_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_read_current_live_percentage = plain_reader(
    "current_live_percentage",
    (
        float,
        int,
    ),
    "a number",
    False,
)


def _read_parent_branch(cls: type[AgentBranchResponse], d: Mapping[str, Any]) -> Any:
    parent_branch_raw = d.get("parent_branch", UNSET)
    try:

        def _parse_parent_branch(data: object) -> AgentBranchBasicInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            parent_branch_type_0 = AgentBranchBasicInfo.from_dict(data)

            return parent_branch_type_0

        parent_branch = _parse_parent_branch(parent_branch_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        parent_branch = deviating_field(cls, "parent_branch", parent_branch_raw)

    return parent_branch


def _read_most_recent_versions(cls: type[AgentBranchResponse], d: Mapping[str, Any]) -> Any:
    most_recent_versions_raw = d.get("most_recent_versions", UNSET)
    try:
        expect_array("most_recent_versions", most_recent_versions_raw)
        _most_recent_versions = most_recent_versions_raw
        most_recent_versions: list[AgentVersionMetadata] | Unset = UNSET
        if _most_recent_versions is not UNSET:
            most_recent_versions = []
            for most_recent_versions_item_data in _most_recent_versions:
                most_recent_versions_item = AgentVersionMetadata.from_dict(most_recent_versions_item_data)

                most_recent_versions.append(most_recent_versions_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        most_recent_versions = deviating_field(cls, "most_recent_versions", most_recent_versions_raw)

    return most_recent_versions


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "agent_id",
        "description",
        "created_at",
        "last_committed_at",
        "is_archived",
        "protection_status",
        "access_info",
        "current_live_percentage",
        "parent_branch",
        "most_recent_versions",
    )
)


def _read_additional_properties(cls: type[AgentBranchResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentBranchResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    created_at = d.get("created_at", MISSING)
    if created_at.__class__ is not int:
        created_at = _read_created_at(cls, d)

    last_committed_at = d.get("last_committed_at", MISSING)
    if last_committed_at.__class__ is not int:
        last_committed_at = _read_last_committed_at(cls, d)

    is_archived = d.get("is_archived", MISSING)
    if is_archived.__class__ is not bool:
        is_archived = _read_is_archived(cls, d)

    protection_status = d.get("protection_status", UNSET)
    if protection_status.__class__ is not str and protection_status is not UNSET:
        protection_status = _read_protection_status(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = d.get("access_info", UNSET)
        if access_info is not UNSET and access_info is not None:
            access_info = _read_access_info(cls, d)

    current_live_percentage = d.get("current_live_percentage", UNSET)
    if (
        current_live_percentage.__class__ is not float
        and current_live_percentage.__class__ is not int
        and current_live_percentage is not UNSET
    ):
        current_live_percentage = _read_current_live_percentage(cls, d)

    if "parent_branch" in known:
        parent_branch = known["parent_branch"]
    else:
        parent_branch = d.get("parent_branch", UNSET)
        if parent_branch is not UNSET and parent_branch is not None:
            parent_branch = _read_parent_branch(cls, d)

    if "most_recent_versions" in known:
        most_recent_versions = known["most_recent_versions"]
    else:
        most_recent_versions = d.get("most_recent_versions", UNSET)
        if most_recent_versions is not UNSET:
            most_recent_versions = _read_most_recent_versions(cls, d)

    return {
        "id": id,
        "name": name,
        "agent_id": agent_id,
        "description": description,
        "created_at": created_at,
        "last_committed_at": last_committed_at,
        "is_archived": is_archived,
        "protection_status": protection_status,
        "access_info": access_info,
        "current_live_percentage": current_live_percentage,
        "parent_branch": parent_branch,
        "most_recent_versions": most_recent_versions,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentBranchResponse,
    _all_fields,
    {
        "id": _read_id,
        "name": _read_name,
        "agent_id": _read_agent_id,
        "description": _read_description,
        "created_at": _read_created_at,
        "last_committed_at": _read_last_committed_at,
        "is_archived": _read_is_archived,
        "protection_status": _read_protection_status,
        "access_info": _read_access_info,
        "current_live_percentage": _read_current_live_percentage,
        "parent_branch": _read_parent_branch,
        "most_recent_versions": _read_most_recent_versions,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_branch_basic_info import AgentBranchBasicInfo
from ..models.agent_version_metadata import AgentVersionMetadata
from ..models.resource_access_info import ResourceAccessInfo
