from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MemoryEntrySearchResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MemoryEntrySearchResult(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "entry_id",
        "version",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        memory_entry_search_result = cls.__new__(cls)
        memory_entry_search_result.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_entry_id = plain_reader("entry_id", (str,), "a string", True)

_read_version = plain_reader("version", (int,), "an integer", True)

_read_summary = plain_reader(
    "summary",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_source(cls: type[MemoryEntrySearchResult], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", UNSET)
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

    return source


_FIELDS: frozenset[str] = frozenset(
    (
        "entry_id",
        "version",
        "summary",
        "text",
        "source",
    )
)


def _read_additional_properties(cls: type[MemoryEntrySearchResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[MemoryEntrySearchResult], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    entry_id = d.get("entry_id", MISSING)
    if entry_id.__class__ is not str:
        entry_id = _read_entry_id(cls, d)

    version = d.get("version", MISSING)
    if version.__class__ is not int:
        version = _read_version(cls, d)

    summary = d.get("summary", UNSET)
    if summary.__class__ is not str and summary is not None and summary is not UNSET:
        summary = _read_summary(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    if "source" in known:
        source = known["source"]
    else:
        source = d.get("source", UNSET)
        if source is not UNSET and source is not None:
            source = _read_source(cls, d)

    return {
        "entry_id": entry_id,
        "version": version,
        "summary": summary,
        "text": text,
        "source": source,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MemoryEntrySearchResult,
    _all_fields,
    {
        "entry_id": _read_entry_id,
        "version": _read_version,
        "summary": _read_summary,
        "text": _read_text,
        "source": _read_source,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_source import ConversationSource
from ..models.manual_source import ManualSource
