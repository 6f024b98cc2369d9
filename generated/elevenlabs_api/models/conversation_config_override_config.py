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

T = TypeVar("T", bound="ConversationConfigOverrideConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationConfigOverrideConfig(Lazy):
    """Attributes:
    text_only (bool | Unset): Whether to allow overriding the text_only field. Defaults to False on the server.
    max_duration_seconds (bool | Unset): Whether to allow overriding the max_duration_seconds field. Defaults to
        False on the server.
    """

    text_only: bool | Unset = UNSET

    max_duration_seconds: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text_only = self.text_only

        max_duration_seconds = self.max_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_config_override_config = cls.__new__(cls)
        conversation_config_override_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_config_override_config

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


_read_text_only = plain_reader("text_only", (bool,), "a boolean", False)

_read_max_duration_seconds = plain_reader("max_duration_seconds", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "text_only",
        "max_duration_seconds",
    )
)


def _read_additional_properties(cls: type[ConversationConfigOverrideConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationConfigOverrideConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text_only = d.get("text_only", UNSET)
    if text_only.__class__ is not bool and text_only is not UNSET:
        text_only = _read_text_only(cls, d)

    max_duration_seconds = d.get("max_duration_seconds", UNSET)
    if max_duration_seconds.__class__ is not bool and max_duration_seconds is not UNSET:
        max_duration_seconds = _read_max_duration_seconds(cls, d)

    return {
        "text_only": text_only,
        "max_duration_seconds": max_duration_seconds,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationConfigOverrideConfig,
    _all_fields,
    {
        "text_only": _read_text_only,
        "max_duration_seconds": _read_max_duration_seconds,
        "additional_properties": _read_additional_properties,
    },
)
