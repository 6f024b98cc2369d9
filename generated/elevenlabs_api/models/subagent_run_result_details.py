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

T = TypeVar("T", bound="SubagentRunResultDetails")


@_attrs_define
class SubagentRunResultDetails:
    """Attributes:
    sub_conversation_id (None | str | Unset):
    agent_id (None | str | Unset):
    """

    sub_conversation_id: None | str | Unset = UNSET

    agent_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_conversation_id: Any
        try:
            sub_conversation_id = self.sub_conversation_id

        except (AttributeError, TypeError):
            sub_conversation_id = self.sub_conversation_id

        agent_id: Any
        try:
            agent_id = self.agent_id

        except (AttributeError, TypeError):
            agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sub_conversation_id is not UNSET:
            field_dict["sub_conversation_id"] = sub_conversation_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        sub_conversation_id = d.pop("sub_conversation_id", UNSET)
        if (
            sub_conversation_id.__class__ is not str
            and sub_conversation_id is not None
            and sub_conversation_id is not UNSET
        ):
            sub_conversation_id = unexpected_type(cls, "sub_conversation_id", sub_conversation_id, "a string or null")

        agent_id = d.pop("agent_id", UNSET)
        if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
            agent_id = unexpected_type(cls, "agent_id", agent_id, "a string or null")

        subagent_run_result_details = cls(
            sub_conversation_id=sub_conversation_id,
            agent_id=agent_id,
        )
        subagent_run_result_details.additional_properties = d
        return subagent_run_result_details

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
