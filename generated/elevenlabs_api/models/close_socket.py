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

T = TypeVar("T", bound="CloseSocket")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CloseSocket(Lazy):
    """Payload to signal closing the entire WebSocket connection.

    Attributes:
        close_socket (bool | Unset): If true, closes all contexts and closes the entire WebSocket connection. Any
            context that was previously set to flush will wait to flush before closing. Defaults to False on the server.
    """

    close_socket: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        close_socket = self.close_socket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if close_socket is not UNSET:
            field_dict["close_socket"] = close_socket
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        close_socket = cls.__new__(cls)
        close_socket.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return close_socket

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


_read_close_socket = plain_reader("close_socket", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(("close_socket",))


def _read_additional_properties(cls: type[CloseSocket], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CloseSocket], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    close_socket = d.get("close_socket", UNSET)
    if close_socket.__class__ is not bool and close_socket is not UNSET:
        close_socket = _read_close_socket(cls, d)

    return {
        "close_socket": close_socket,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CloseSocket,
    _all_fields,
    {
        "close_socket": _read_close_socket,
        "additional_properties": _read_additional_properties,
    },
)
