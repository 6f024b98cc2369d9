from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="LoadableMemoryEntry")


@_attrs_define
class LoadableMemoryEntry:
    """Attributes:
    entry_id (str):
    summary (str):
    text (str):
    """

    entry_id: str

    summary: str

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        summary = self.summary

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if entry_id is not None or "entry_id" not in self._missing_fields:
            field_dict["entry_id"] = entry_id
        if summary is not None or "summary" not in self._missing_fields:
            field_dict["summary"] = summary
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        entry_id = d.pop("entry_id", MISSING)
        if entry_id.__class__ is not str:
            if entry_id is MISSING:
                entry_id = missing_field(cls, "entry_id")
                _missing += ("entry_id",)
            else:
                entry_id = unexpected_type(cls, "entry_id", entry_id, "a string")

        summary = d.pop("summary", MISSING)
        if summary.__class__ is not str:
            if summary is MISSING:
                summary = missing_field(cls, "summary")
                _missing += ("summary",)
            else:
                summary = unexpected_type(cls, "summary", summary, "a string")

        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        loadable_memory_entry = cls(
            entry_id=entry_id,
            summary=summary,
            text=text,
        )
        if _missing:
            loadable_memory_entry._missing_fields = _missing
        loadable_memory_entry.additional_properties = d
        return loadable_memory_entry

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
