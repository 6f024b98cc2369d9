from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ConversationInitiationSource
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

T = TypeVar("T", bound="ConversationInitiationSourceInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationSourceInfo(Lazy):
    """Attributes:
    source (ConversationInitiationSource | None | str | Unset): Source of the conversation initiation
    version (None | str | Unset): The SDK version number
    """

    source: ConversationInitiationSource | None | str | Unset = UNSET

    version: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        source: Any
        try:
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, str):
                source = self.source
            else:
                source = self.source

        except (AttributeError, TypeError):
            source = self.source

        version: Any
        try:
            version = self.version

        except (AttributeError, TypeError):
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source is not UNSET:
            field_dict["source"] = source
        if version is not UNSET:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_source_info = cls.__new__(cls)
        conversation_initiation_source_info.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_source_info

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


_read_source = plain_reader(
    "source",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_version = plain_reader(
    "version",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "source",
        "version",
    )
)


def _read_additional_properties(cls: type[ConversationInitiationSourceInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationSourceInfo], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    source = d.get("source", UNSET)
    if source is not None and source.__class__ is not str and source is not UNSET:
        source = _read_source(cls, d)

    version = d.get("version", UNSET)
    if version.__class__ is not str and version is not None and version is not UNSET:
        version = _read_version(cls, d)

    return {
        "source": source,
        "version": version,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationSourceInfo,
    _all_fields,
    {
        "source": _read_source,
        "version": _read_version,
        "additional_properties": _read_additional_properties,
    },
)
