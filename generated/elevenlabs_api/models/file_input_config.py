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

T = TypeVar("T", bound="FileInputConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FileInputConfig(Lazy):
    """Attributes:
    enabled (bool | Unset): When enabled, users may attach images or PDFs in chat when the LLM supports multimodal
        input. Defaults to True on the server.
    max_files_in_memory (int | Unset): Number of most-recent files kept in memory during a conversation. Older files
        are summarized and their bytes freed. Defaults to 10 on the server.
    max_files_per_conversation (int | Unset): Total files a user can upload in one conversation. Uploads are billed
        per file. Use -1 for no limit, or a value >= max_files_in_memory. Defaults to 10 on the server.
    """

    enabled: bool | Unset = UNSET

    max_files_in_memory: int | Unset = UNSET

    max_files_per_conversation: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        max_files_in_memory = self.max_files_in_memory

        max_files_per_conversation = self.max_files_per_conversation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_files_in_memory is not UNSET:
            field_dict["max_files_in_memory"] = max_files_in_memory
        if max_files_per_conversation is not UNSET:
            field_dict["max_files_per_conversation"] = max_files_per_conversation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        file_input_config = cls.__new__(cls)
        file_input_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return file_input_config

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

_read_max_files_in_memory = plain_reader("max_files_in_memory", (int,), "an integer", False)

_read_max_files_per_conversation = plain_reader("max_files_per_conversation", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "max_files_in_memory",
        "max_files_per_conversation",
    )
)


def _read_additional_properties(cls: type[FileInputConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FileInputConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    max_files_in_memory = d.get("max_files_in_memory", UNSET)
    if max_files_in_memory.__class__ is not int and max_files_in_memory is not UNSET:
        max_files_in_memory = _read_max_files_in_memory(cls, d)

    max_files_per_conversation = d.get("max_files_per_conversation", UNSET)
    if max_files_per_conversation.__class__ is not int and max_files_per_conversation is not UNSET:
        max_files_per_conversation = _read_max_files_per_conversation(cls, d)

    return {
        "enabled": enabled,
        "max_files_in_memory": max_files_in_memory,
        "max_files_per_conversation": max_files_per_conversation,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    FileInputConfig,
    _all_fields,
    {
        "enabled": _read_enabled,
        "max_files_in_memory": _read_max_files_in_memory,
        "max_files_per_conversation": _read_max_files_per_conversation,
        "additional_properties": _read_additional_properties,
    },
)
