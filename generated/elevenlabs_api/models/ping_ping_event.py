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

T = TypeVar("T", bound="PingPingEvent")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PingPingEvent(Lazy):
    """Ping event data

    Attributes:
        event_id (int | Unset): Unique identifier for the ping event.
        ping_ms (int | Unset): Measured round-trip latency in milliseconds.
    """

    event_id: int | Unset = UNSET

    ping_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        event_id = self.event_id

        ping_ms = self.ping_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if ping_ms is not UNSET:
            field_dict["ping_ms"] = ping_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        ping_ping_event = cls.__new__(cls)
        ping_ping_event.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return ping_ping_event

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


_read_event_id = plain_reader("event_id", (int,), "an integer", False)

_read_ping_ms = plain_reader("ping_ms", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "event_id",
        "ping_ms",
    )
)


def _read_additional_properties(cls: type[PingPingEvent], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PingPingEvent], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    event_id = d.get("event_id", UNSET)
    if event_id.__class__ is not int and event_id is not UNSET:
        event_id = _read_event_id(cls, d)

    ping_ms = d.get("ping_ms", UNSET)
    if ping_ms.__class__ is not int and ping_ms is not UNSET:
        ping_ms = _read_ping_ms(cls, d)

    return {
        "event_id": event_id,
        "ping_ms": ping_ms,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PingPingEvent,
    _all_fields,
    {
        "event_id": _read_event_id,
        "ping_ms": _read_ping_ms,
        "additional_properties": _read_additional_properties,
    },
)
