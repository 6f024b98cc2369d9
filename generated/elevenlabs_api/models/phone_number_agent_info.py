from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PhoneNumberAgentInfo")


@_attrs_define
class PhoneNumberAgentInfo:
    """Example:
        {'agent_id': 'F3Pbu5gP6NNKBscdCdwB', 'agent_name': 'My Agent'}

    Attributes:
        agent_id (str): The ID of the agent
        agent_name (str): The name of the agent
        environment (None | str | Unset): Environment to use for resolving environment variables on calls to this
            number.
        branch_id (None | str | Unset): Agent branch to use for calls to this number.
    """

    agent_id: str

    agent_name: str

    environment: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        agent_name = self.agent_name

        environment: Any
        try:
            environment = self.environment

        except (AttributeError, TypeError):
            environment = self.environment

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if agent_name is not None or "agent_name" not in self._missing_fields:
            field_dict["agent_name"] = agent_name
        if environment is not UNSET:
            field_dict["environment"] = environment
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
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

        environment = d.pop("environment", UNSET)
        if environment.__class__ is not str and environment is not None and environment is not UNSET:
            environment = unexpected_type(cls, "environment", environment, "a string or null")

        branch_id = d.pop("branch_id", UNSET)
        if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
            branch_id = unexpected_type(cls, "branch_id", branch_id, "a string or null")

        phone_number_agent_info = cls(
            agent_id=agent_id,
            agent_name=agent_name,
            environment=environment,
            branch_id=branch_id,
        )
        if _missing:
            phone_number_agent_info._missing_fields = _missing
        phone_number_agent_info.additional_properties = d
        return phone_number_agent_info

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
