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

T = TypeVar("T", bound="AgentToolResponseAgentToolResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentToolResponseAgentToolResponse(Lazy):
    """The tool and how it went.

    Attributes:
        tool_name (str | Unset): The tool's name.
        tool_call_id (str | Unset): The identifier of this call.
        tool_type (str | Unset): What kind of tool it is (for example client, webhook or system).
        is_error (bool | Unset): Whether the tool failed.
    """

    tool_name: str | Unset = UNSET

    tool_call_id: str | Unset = UNSET

    tool_type: str | Unset = UNSET

    is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tool_name = self.tool_name

        tool_call_id = self.tool_call_id

        tool_type = self.tool_type

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if tool_type is not UNSET:
            field_dict["tool_type"] = tool_type
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_tool_response_agent_tool_response = cls.__new__(cls)
        agent_tool_response_agent_tool_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_tool_response_agent_tool_response

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


_read_tool_name = plain_reader("tool_name", (str,), "a string", False)

_read_tool_call_id = plain_reader("tool_call_id", (str,), "a string", False)

_read_tool_type = plain_reader("tool_type", (str,), "a string", False)

_read_is_error = plain_reader("is_error", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_name",
        "tool_call_id",
        "tool_type",
        "is_error",
    )
)


def _read_additional_properties(cls: type[AgentToolResponseAgentToolResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentToolResponseAgentToolResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tool_name = d.get("tool_name", UNSET)
    if tool_name.__class__ is not str and tool_name is not UNSET:
        tool_name = _read_tool_name(cls, d)

    tool_call_id = d.get("tool_call_id", UNSET)
    if tool_call_id.__class__ is not str and tool_call_id is not UNSET:
        tool_call_id = _read_tool_call_id(cls, d)

    tool_type = d.get("tool_type", UNSET)
    if tool_type.__class__ is not str and tool_type is not UNSET:
        tool_type = _read_tool_type(cls, d)

    is_error = d.get("is_error", UNSET)
    if is_error.__class__ is not bool and is_error is not UNSET:
        is_error = _read_is_error(cls, d)

    return {
        "tool_name": tool_name,
        "tool_call_id": tool_call_id,
        "tool_type": tool_type,
        "is_error": is_error,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentToolResponseAgentToolResponse,
    _all_fields,
    {
        "tool_name": _read_tool_name,
        "tool_call_id": _read_tool_call_id,
        "tool_type": _read_tool_type,
        "is_error": _read_is_error,
        "additional_properties": _read_additional_properties,
    },
)
