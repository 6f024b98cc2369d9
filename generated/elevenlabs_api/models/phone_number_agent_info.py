from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

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
        if agent_id is not None:
            field_dict["agent_id"] = agent_id
        if agent_name is not None:
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
        agent_id = d.pop("agent_id", MISSING)
        if agent_id is MISSING:
            agent_id = missing_field(cls, "agent_id")

        agent_name = d.pop("agent_name", MISSING)
        if agent_name is MISSING:
            agent_name = missing_field(cls, "agent_name")

        environment = d.pop("environment", UNSET)

        branch_id = d.pop("branch_id", UNSET)

        phone_number_agent_info = cls(
            agent_id=agent_id,
            agent_name=agent_name,
            environment=environment,
            branch_id=branch_id,
        )
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
