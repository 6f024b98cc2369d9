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

T = TypeVar("T", bound="SoftTimeoutConfigOverrideConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SoftTimeoutConfigOverrideConfig(Lazy):
    """Attributes:
    message (bool | Unset): Whether to allow overriding the message field. Defaults to False on the server.
    additional_soft_timeout_messages (bool | Unset): Whether to allow overriding the
        additional_soft_timeout_messages field. Defaults to False on the server.
    """

    message: bool | Unset = UNSET

    additional_soft_timeout_messages: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        message = self.message

        additional_soft_timeout_messages = self.additional_soft_timeout_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message
        if additional_soft_timeout_messages is not UNSET:
            field_dict["additional_soft_timeout_messages"] = additional_soft_timeout_messages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        soft_timeout_config_override_config = cls.__new__(cls)
        soft_timeout_config_override_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return soft_timeout_config_override_config

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


_read_message = plain_reader("message", (bool,), "a boolean", False)

_read_additional_soft_timeout_messages = plain_reader("additional_soft_timeout_messages", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "message",
        "additional_soft_timeout_messages",
    )
)


def _read_additional_properties(cls: type[SoftTimeoutConfigOverrideConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SoftTimeoutConfigOverrideConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    message = d.get("message", UNSET)
    if message.__class__ is not bool and message is not UNSET:
        message = _read_message(cls, d)

    additional_soft_timeout_messages = d.get("additional_soft_timeout_messages", UNSET)
    if additional_soft_timeout_messages.__class__ is not bool and additional_soft_timeout_messages is not UNSET:
        additional_soft_timeout_messages = _read_additional_soft_timeout_messages(cls, d)

    return {
        "message": message,
        "additional_soft_timeout_messages": additional_soft_timeout_messages,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SoftTimeoutConfigOverrideConfig,
    _all_fields,
    {
        "message": _read_message,
        "additional_soft_timeout_messages": _read_additional_soft_timeout_messages,
        "additional_properties": _read_additional_properties,
    },
)
