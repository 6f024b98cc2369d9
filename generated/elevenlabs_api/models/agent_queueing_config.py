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

T = TypeVar("T", bound="AgentQueueingConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentQueueingConfig(Lazy):
    """Attributes:
    enabled (bool | Unset): Hold callers in a wait queue when the agent is at its concurrency limit, instead of
        rejecting them immediately Defaults to False on the server.
    wait_timeout_seconds (int | Unset): Maximum time a caller can wait in the queue before being rejected Defaults
        to 180 on the server.
    """

    enabled: bool | Unset = UNSET

    wait_timeout_seconds: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        wait_timeout_seconds = self.wait_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if wait_timeout_seconds is not UNSET:
            field_dict["wait_timeout_seconds"] = wait_timeout_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_queueing_config = cls.__new__(cls)
        agent_queueing_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_queueing_config

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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", False)

_read_wait_timeout_seconds = plain_reader("wait_timeout_seconds", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "wait_timeout_seconds",
    )
)


def _read_additional_properties(cls: type[AgentQueueingConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentQueueingConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    wait_timeout_seconds = d.get("wait_timeout_seconds", UNSET)
    if wait_timeout_seconds.__class__ is not int and wait_timeout_seconds is not UNSET:
        wait_timeout_seconds = _read_wait_timeout_seconds(cls, d)

    return {
        "enabled": enabled,
        "wait_timeout_seconds": wait_timeout_seconds,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentQueueingConfig,
    _all_fields,
    {
        "enabled": _read_enabled,
        "wait_timeout_seconds": _read_wait_timeout_seconds,
        "additional_properties": _read_additional_properties,
    },
)
