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

T = TypeVar("T", bound="ToolMockConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolMockConfig(Lazy):
    """Attributes:
    default_return_value (str | Unset): Defaults to 'Tool Called.' on the server.
    default_is_error (bool | Unset): Defaults to False on the server.
    """

    default_return_value: str | Unset = UNSET

    default_is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        default_return_value = self.default_return_value

        default_is_error = self.default_is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_return_value is not UNSET:
            field_dict["default_return_value"] = default_return_value
        if default_is_error is not UNSET:
            field_dict["default_is_error"] = default_is_error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_mock_config = cls.__new__(cls)
        tool_mock_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return tool_mock_config

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


_read_default_return_value = plain_reader("default_return_value", (str,), "a string", False)

_read_default_is_error = plain_reader("default_is_error", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "default_return_value",
        "default_is_error",
    )
)


def _read_additional_properties(cls: type[ToolMockConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ToolMockConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    default_return_value = d.get("default_return_value", UNSET)
    if default_return_value.__class__ is not str and default_return_value is not UNSET:
        default_return_value = _read_default_return_value(cls, d)

    default_is_error = d.get("default_is_error", UNSET)
    if default_is_error.__class__ is not bool and default_is_error is not UNSET:
        default_is_error = _read_default_is_error(cls, d)

    return {
        "default_return_value": default_return_value,
        "default_is_error": default_is_error,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ToolMockConfig,
    _all_fields,
    {
        "default_return_value": _read_default_return_value,
        "default_is_error": _read_default_is_error,
        "additional_properties": _read_additional_properties,
    },
)
