from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DependentBranchInfo")


@_attrs_define
class DependentBranchInfo:
    """Attributes:
    agent_id (str):
    agent_name (str):
    branch_id (str):
    branch_name (str):
    is_main (bool):
    """

    agent_id: str

    agent_name: str

    branch_id: str

    branch_name: str

    is_main: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        agent_name = self.agent_name

        branch_id = self.branch_id

        branch_name = self.branch_name

        is_main = self.is_main

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if agent_name is not None or "agent_name" not in self._missing_fields:
            field_dict["agent_name"] = agent_name
        if branch_id is not None or "branch_id" not in self._missing_fields:
            field_dict["branch_id"] = branch_id
        if branch_name is not None or "branch_name" not in self._missing_fields:
            field_dict["branch_name"] = branch_name
        if is_main is not None or "is_main" not in self._missing_fields:
            field_dict["is_main"] = is_main
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        agent_name = d.pop("agent_name", MISSING)
        if agent_name.__class__ is not str:
            if agent_name is MISSING:
                agent_name = missing_field(cls, "agent_name")
                _missing += ("agent_name",)
            else:
                agent_name = unexpected_type(cls, "agent_name", agent_name, "a string")

        branch_id = d.pop("branch_id", MISSING)
        if branch_id.__class__ is not str:
            if branch_id is MISSING:
                branch_id = missing_field(cls, "branch_id")
                _missing += ("branch_id",)
            else:
                branch_id = unexpected_type(cls, "branch_id", branch_id, "a string")

        branch_name = d.pop("branch_name", MISSING)
        if branch_name.__class__ is not str:
            if branch_name is MISSING:
                branch_name = missing_field(cls, "branch_name")
                _missing += ("branch_name",)
            else:
                branch_name = unexpected_type(cls, "branch_name", branch_name, "a string")

        is_main = d.pop("is_main", MISSING)
        if is_main.__class__ is not bool:
            if is_main is MISSING:
                is_main = missing_field(cls, "is_main")
                _missing += ("is_main",)
            else:
                is_main = unexpected_type(cls, "is_main", is_main, "a boolean")

        dependent_branch_info = cls(
            agent_id=agent_id,
            agent_name=agent_name,
            branch_id=branch_id,
            branch_name=branch_name,
            is_main=is_main,
        )
        if _missing:
            dependent_branch_info._missing_fields = _missing
        dependent_branch_info.additional_properties = d
        return dependent_branch_info

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
