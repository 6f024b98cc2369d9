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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentBranchSummary")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentBranchSummary(Lazy):
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
    parent_branch_id (None | str | Unset): ID of the parent branch
    draft_exists (bool | Unset): Whether a draft exists for the branch Defaults to False on the server.
    calls_7d (int | Unset): Number of calls in the last 7 days Defaults to 0 on the server.
    commits_ahead (int | None | Unset): Number of commits on this branch not yet on main, relative to their common
        ancestor. Null if it could not be computed (e.g. no common ancestor, or the branch history exceeds the
        comparison budget).
    commits_behind (int | None | Unset): Number of commits on main not yet incorporated into this branch, relative
        to their common ancestor. Null if it could not be computed (e.g. no common ancestor, or the branch history
        exceeds the comparison budget).
    merged_into_branch_id (None | str | Unset): ID of the branch this branch's tip version was merged into, if any
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

        parent_branch_id: Any
        try:
            parent_branch_id = self.parent_branch_id

        except (AttributeError, TypeError):
            parent_branch_id = self.parent_branch_id

        draft_exists = self.draft_exists

        calls_7d = self.calls_7d

        commits_ahead: Any
        try:
            commits_ahead = self.commits_ahead

        except (AttributeError, TypeError):
            commits_ahead = self.commits_ahead

        commits_behind: Any
        try:
            commits_behind = self.commits_behind

        except (AttributeError, TypeError):
            commits_behind = self.commits_behind

        merged_into_branch_id: Any
        try:
            merged_into_branch_id = self.merged_into_branch_id

        except (AttributeError, TypeError):
            merged_into_branch_id = self.merged_into_branch_id

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
        if parent_branch_id is not UNSET:
            field_dict["parent_branch_id"] = parent_branch_id
        if draft_exists is not UNSET:
            field_dict["draft_exists"] = draft_exists
        if calls_7d is not UNSET:
            field_dict["calls_7d"] = calls_7d
        if commits_ahead is not UNSET:
            field_dict["commits_ahead"] = commits_ahead
        if commits_behind is not UNSET:
            field_dict["commits_behind"] = commits_behind
        if merged_into_branch_id is not UNSET:
            field_dict["merged_into_branch_id"] = merged_into_branch_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_branch_summary = cls.__new__(cls)
        agent_branch_summary.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_branch_summary

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


def _read_access_info(cls: type[AgentBranchSummary], d: Mapping[str, Any]) -> Any:
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

_read_parent_branch_id = plain_reader(
    "parent_branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_draft_exists = plain_reader("draft_exists", (bool,), "a boolean", False)

_read_calls_7d = plain_reader("calls_7d", (int,), "an integer", False)

_read_commits_ahead = plain_reader(
    "commits_ahead",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_commits_behind = plain_reader(
    "commits_behind",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_merged_into_branch_id = plain_reader(
    "merged_into_branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


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
        "parent_branch_id",
        "draft_exists",
        "calls_7d",
        "commits_ahead",
        "commits_behind",
        "merged_into_branch_id",
    )
)


def _read_additional_properties(cls: type[AgentBranchSummary], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentBranchSummary], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    parent_branch_id = d.get("parent_branch_id", UNSET)
    if parent_branch_id.__class__ is not str and parent_branch_id is not None and parent_branch_id is not UNSET:
        parent_branch_id = _read_parent_branch_id(cls, d)

    draft_exists = d.get("draft_exists", UNSET)
    if draft_exists.__class__ is not bool and draft_exists is not UNSET:
        draft_exists = _read_draft_exists(cls, d)

    calls_7d = d.get("calls_7d", UNSET)
    if calls_7d.__class__ is not int and calls_7d is not UNSET:
        calls_7d = _read_calls_7d(cls, d)

    commits_ahead = d.get("commits_ahead", UNSET)
    if commits_ahead.__class__ is not int and commits_ahead is not None and commits_ahead is not UNSET:
        commits_ahead = _read_commits_ahead(cls, d)

    commits_behind = d.get("commits_behind", UNSET)
    if commits_behind.__class__ is not int and commits_behind is not None and commits_behind is not UNSET:
        commits_behind = _read_commits_behind(cls, d)

    merged_into_branch_id = d.get("merged_into_branch_id", UNSET)
    if (
        merged_into_branch_id.__class__ is not str
        and merged_into_branch_id is not None
        and merged_into_branch_id is not UNSET
    ):
        merged_into_branch_id = _read_merged_into_branch_id(cls, d)

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
        "parent_branch_id": parent_branch_id,
        "draft_exists": draft_exists,
        "calls_7d": calls_7d,
        "commits_ahead": commits_ahead,
        "commits_behind": commits_behind,
        "merged_into_branch_id": merged_into_branch_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentBranchSummary,
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
        "parent_branch_id": _read_parent_branch_id,
        "draft_exists": _read_draft_exists,
        "calls_7d": _read_calls_7d,
        "commits_ahead": _read_commits_ahead,
        "commits_behind": _read_commits_behind,
        "merged_into_branch_id": _read_merged_into_branch_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
