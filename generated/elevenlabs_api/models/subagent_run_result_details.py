from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SubagentRunResultDetails")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SubagentRunResultDetails(Lazy):
    """Attributes:
    sub_conversation_id (None | str | Unset):
    agent_id (None | str | Unset):
    """

    sub_conversation_id: None | str | Unset = UNSET

    agent_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        subagent_run_result_details = cls.__new__(cls)
        subagent_run_result_details.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_sub_conversation_id = plain_reader(
    "sub_conversation_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_id = plain_reader(
    "agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "sub_conversation_id",
        "agent_id",
    )
)


def _read_additional_properties(cls: type[SubagentRunResultDetails], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SubagentRunResultDetails], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    sub_conversation_id = d.get("sub_conversation_id", UNSET)
    if (
        sub_conversation_id.__class__ is not str
        and sub_conversation_id is not None
        and sub_conversation_id is not UNSET
    ):
        sub_conversation_id = _read_sub_conversation_id(cls, d)

    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    return {
        "sub_conversation_id": sub_conversation_id,
        "agent_id": agent_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SubagentRunResultDetails,
    _all_fields,
    {
        "sub_conversation_id": _read_sub_conversation_id,
        "agent_id": _read_agent_id,
        "additional_properties": _read_additional_properties,
    },
)
