from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        summary = self.summary

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if entry_id is not None:
            field_dict["entry_id"] = entry_id
        if summary is not None:
            field_dict["summary"] = summary
        if text is not None:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        entry_id = d.pop("entry_id", MISSING)
        if entry_id is MISSING:
            entry_id = missing_field(cls, "entry_id")

        summary = d.pop("summary", MISSING)
        if summary is MISSING:
            summary = missing_field(cls, "summary")

        text = d.pop("text", MISSING)
        if text is MISSING:
            text = missing_field(cls, "text")

        loadable_memory_entry = cls(
            entry_id=entry_id,
            summary=summary,
            text=text,
        )
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
