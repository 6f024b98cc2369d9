from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="MemoryEntrySearchResult")


@_attrs_define
class MemoryEntrySearchResult:
    """Attributes:
    entry_id (str):
    version (int):
    summary (None | str | Unset):
    text (None | str | Unset):
    source (ConversationSource | ManualSource | None | Unset):
    """

    entry_id: str

    version: int

    summary: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    source: ConversationSource | ManualSource | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        version = self.version

        summary: Any
        try:
            summary = self.summary

        except (AttributeError, TypeError):
            summary = self.summary

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        source: Any
        try:
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, ConversationSource) or isinstance(self.source, ManualSource):
                source = self.source.to_dict()
            else:
                source = self.source

        except (AttributeError, TypeError):
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if entry_id is not None or "entry_id" not in self._missing_fields:
            field_dict["entry_id"] = entry_id
        if version is not None or "version" not in self._missing_fields:
            field_dict["version"] = version
        if summary is not UNSET:
            field_dict["summary"] = summary
        if text is not UNSET:
            field_dict["text"] = text
        if source is not UNSET:
            field_dict["source"] = source
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

        version = d.pop("version", MISSING)
        if version.__class__ is not int:
            if version is MISSING:
                version = missing_field(cls, "version")
                _missing += ("version",)
            else:
                version = unexpected_type(cls, "version", version, "an integer")

        summary = d.pop("summary", UNSET)
        if summary.__class__ is not str and summary is not None and summary is not UNSET:
            summary = unexpected_type(cls, "summary", summary, "a string or null")

        text = d.pop("text", UNSET)
        if text.__class__ is not str and text is not None and text is not UNSET:
            text = unexpected_type(cls, "text", text, "a string or null")

        source_raw = d.pop("source", UNSET)
        try:

            def _parse_source(data: object) -> ConversationSource | ManualSource | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return parse_strictly(_parse_source_member, data)

            def _parse_source_member(data: object) -> ConversationSource | ManualSource | None | Unset:
                if isinstance(data, dict):
                    for known in (
                        ConversationSource,
                        ManualSource,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    source_type_0 = ConversationSource.from_dict(data)

                    return source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                source_type_1 = ManualSource.from_dict(data)

                return source_type_1

            source = _parse_source(source_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            source = deviating_field(cls, "source", source_raw)

        memory_entry_search_result = cls(
            entry_id=entry_id,
            version=version,
            summary=summary,
            text=text,
            source=source,
        )
        if _missing:
            memory_entry_search_result._missing_fields = _missing
        memory_entry_search_result.additional_properties = d
        return memory_entry_search_result

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_source import ConversationSource
from ..models.manual_source import ManualSource
