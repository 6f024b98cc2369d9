from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentVersionMetadata")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentVersionMetadata(Lazy):
    """Attributes:
    id (str):
    agent_id (str):
    branch_id (str):
    version_description (str):
    seq_no_in_branch (int):
    time_committed_secs (int):
    parents (AgentVersionParents):
    access_info (None | ResourceAccessInfo | Unset):
    """

    id: str

    agent_id: str

    branch_id: str

    version_description: str

    seq_no_in_branch: int

    time_committed_secs: int

    parents: AgentVersionParents

    access_info: None | ResourceAccessInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "agent_id",
        "branch_id",
        "version_description",
        "seq_no_in_branch",
        "time_committed_secs",
        "parents",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        agent_id = self.agent_id

        branch_id = self.branch_id

        version_description = self.version_description

        seq_no_in_branch = self.seq_no_in_branch

        time_committed_secs = self.time_committed_secs

        parents: Any
        try:
            parents = self.parents.to_dict()
        except (AttributeError, TypeError):
            parents = self.parents

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if branch_id is not None or "branch_id" not in self._missing_fields:
            field_dict["branch_id"] = branch_id
        if version_description is not None or "version_description" not in self._missing_fields:
            field_dict["version_description"] = version_description
        if seq_no_in_branch is not None or "seq_no_in_branch" not in self._missing_fields:
            field_dict["seq_no_in_branch"] = seq_no_in_branch
        if time_committed_secs is not None or "time_committed_secs" not in self._missing_fields:
            field_dict["time_committed_secs"] = time_committed_secs
        if parents is not None or "parents" not in self._missing_fields:
            field_dict["parents"] = parents
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_version_metadata = cls.__new__(cls)
        agent_version_metadata.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_version_metadata

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

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_branch_id = plain_reader("branch_id", (str,), "a string", True)

_read_version_description = plain_reader("version_description", (str,), "a string", True)

_read_seq_no_in_branch = plain_reader("seq_no_in_branch", (int,), "an integer", True)

_read_time_committed_secs = plain_reader("time_committed_secs", (int,), "an integer", True)


def _read_parents(cls: type[AgentVersionMetadata], d: Mapping[str, Any]) -> Any:
    parents_raw = d.get("parents", MISSING)
    if parents_raw is MISSING:
        parents = missing_field(cls, "parents")
    else:
        try:
            parents = AgentVersionParents.from_dict(parents_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            parents = deviating_field(cls, "parents", parents_raw)

    return parents


def _read_access_info(cls: type[AgentVersionMetadata], d: Mapping[str, Any]) -> Any:
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


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "agent_id",
        "branch_id",
        "version_description",
        "seq_no_in_branch",
        "time_committed_secs",
        "parents",
        "access_info",
    )
)


def _read_additional_properties(cls: type[AgentVersionMetadata], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentVersionMetadata], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    branch_id = d.get("branch_id", MISSING)
    if branch_id.__class__ is not str:
        branch_id = _read_branch_id(cls, d)

    version_description = d.get("version_description", MISSING)
    if version_description.__class__ is not str:
        version_description = _read_version_description(cls, d)

    seq_no_in_branch = d.get("seq_no_in_branch", MISSING)
    if seq_no_in_branch.__class__ is not int:
        seq_no_in_branch = _read_seq_no_in_branch(cls, d)

    time_committed_secs = d.get("time_committed_secs", MISSING)
    if time_committed_secs.__class__ is not int:
        time_committed_secs = _read_time_committed_secs(cls, d)

    if "parents" in known:
        parents = known["parents"]
    else:
        parents = _read_parents(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = d.get("access_info", UNSET)
        if access_info is not UNSET and access_info is not None:
            access_info = _read_access_info(cls, d)

    return {
        "id": id,
        "agent_id": agent_id,
        "branch_id": branch_id,
        "version_description": version_description,
        "seq_no_in_branch": seq_no_in_branch,
        "time_committed_secs": time_committed_secs,
        "parents": parents,
        "access_info": access_info,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentVersionMetadata,
    _all_fields,
    {
        "id": _read_id,
        "agent_id": _read_agent_id,
        "branch_id": _read_branch_id,
        "version_description": _read_version_description,
        "seq_no_in_branch": _read_seq_no_in_branch,
        "time_committed_secs": _read_time_committed_secs,
        "parents": _read_parents,
        "access_info": _read_access_info,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_version_parents import AgentVersionParents
from ..models.resource_access_info import ResourceAccessInfo
