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

T = TypeVar("T", bound="AgentCallLimits")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentCallLimits(Lazy):
    """Example:
        {'agent_concurrency_limit': -1, 'bursting_enabled': True, 'daily_limit': 100000}

    Attributes:
        agent_concurrency_limit (int | Unset): The maximum number of concurrent conversations. -1 indicates that there
            is no maximum Defaults to -1 on the server.
        daily_limit (int | Unset): The maximum number of conversations per day Defaults to 100000 on the server.
        bursting_enabled (bool | Unset): Whether to enable bursting. If true, exceeding workspace concurrency limit will
            be allowed up to 3 times the limit. Calls will be charged at double rate when exceeding the limit. Defaults to
            True on the server.
    """

    agent_concurrency_limit: int | Unset = UNSET

    daily_limit: int | Unset = UNSET

    bursting_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent_concurrency_limit = self.agent_concurrency_limit

        daily_limit = self.daily_limit

        bursting_enabled = self.bursting_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_concurrency_limit is not UNSET:
            field_dict["agent_concurrency_limit"] = agent_concurrency_limit
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if bursting_enabled is not UNSET:
            field_dict["bursting_enabled"] = bursting_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_call_limits = cls.__new__(cls)
        agent_call_limits.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_call_limits

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


_read_agent_concurrency_limit = plain_reader("agent_concurrency_limit", (int,), "an integer", False)

_read_daily_limit = plain_reader("daily_limit", (int,), "an integer", False)

_read_bursting_enabled = plain_reader("bursting_enabled", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_concurrency_limit",
        "daily_limit",
        "bursting_enabled",
    )
)


def _read_additional_properties(cls: type[AgentCallLimits], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentCallLimits], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_concurrency_limit = d.get("agent_concurrency_limit", UNSET)
    if agent_concurrency_limit.__class__ is not int and agent_concurrency_limit is not UNSET:
        agent_concurrency_limit = _read_agent_concurrency_limit(cls, d)

    daily_limit = d.get("daily_limit", UNSET)
    if daily_limit.__class__ is not int and daily_limit is not UNSET:
        daily_limit = _read_daily_limit(cls, d)

    bursting_enabled = d.get("bursting_enabled", UNSET)
    if bursting_enabled.__class__ is not bool and bursting_enabled is not UNSET:
        bursting_enabled = _read_bursting_enabled(cls, d)

    return {
        "agent_concurrency_limit": agent_concurrency_limit,
        "daily_limit": daily_limit,
        "bursting_enabled": bursting_enabled,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentCallLimits,
    _all_fields,
    {
        "agent_concurrency_limit": _read_agent_concurrency_limit,
        "daily_limit": _read_daily_limit,
        "bursting_enabled": _read_bursting_enabled,
        "additional_properties": _read_additional_properties,
    },
)
