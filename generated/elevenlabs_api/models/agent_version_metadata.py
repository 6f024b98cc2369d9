from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentVersionMetadata")


@_attrs_define
class AgentVersionMetadata:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        branch_id = d.pop("branch_id", MISSING)
        if branch_id.__class__ is not str:
            if branch_id is MISSING:
                branch_id = missing_field(cls, "branch_id")
                _missing += ("branch_id",)
            else:
                branch_id = unexpected_type(cls, "branch_id", branch_id, "a string")

        version_description = d.pop("version_description", MISSING)
        if version_description.__class__ is not str:
            if version_description is MISSING:
                version_description = missing_field(cls, "version_description")
                _missing += ("version_description",)
            else:
                version_description = unexpected_type(cls, "version_description", version_description, "a string")

        seq_no_in_branch = d.pop("seq_no_in_branch", MISSING)
        if seq_no_in_branch.__class__ is not int:
            if seq_no_in_branch is MISSING:
                seq_no_in_branch = missing_field(cls, "seq_no_in_branch")
                _missing += ("seq_no_in_branch",)
            else:
                seq_no_in_branch = unexpected_type(cls, "seq_no_in_branch", seq_no_in_branch, "an integer")

        time_committed_secs = d.pop("time_committed_secs", MISSING)
        if time_committed_secs.__class__ is not int:
            if time_committed_secs is MISSING:
                time_committed_secs = missing_field(cls, "time_committed_secs")
                _missing += ("time_committed_secs",)
            else:
                time_committed_secs = unexpected_type(cls, "time_committed_secs", time_committed_secs, "an integer")

        parents_raw = d.pop("parents", MISSING)
        if parents_raw is MISSING:
            parents = missing_field(cls, "parents")
            _missing += ("parents",)
        else:
            try:
                parents = AgentVersionParents.from_dict(parents_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                parents = deviating_field(cls, "parents", parents_raw)

        access_info_raw = d.pop("access_info", UNSET)
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

        agent_version_metadata = cls(
            id=id,
            agent_id=agent_id,
            branch_id=branch_id,
            version_description=version_description,
            seq_no_in_branch=seq_no_in_branch,
            time_committed_secs=time_committed_secs,
            parents=parents,
            access_info=access_info,
        )
        if _missing:
            agent_version_metadata._missing_fields = _missing
        agent_version_metadata.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_version_parents import AgentVersionParents
from ..models.resource_access_info import ResourceAccessInfo
