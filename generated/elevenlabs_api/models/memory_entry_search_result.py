from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class MemoryEntrySearchResult(Lazy, AdditionalProperties[Any]):
    entry_id: str

    version: int

    summary: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    source: ConversationSource | ManualSource | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("entry_id", "entry_id", STR, required=True),
        Field("version", "version", INT, required=True),
        Field("summary", "summary", union(STR, NULL)),
        Field("text", "text", union(STR, NULL)),
        Field("source", "source", union(object_of("ConversationSource"), object_of("ManualSource"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_source import ConversationSource
from ..models.manual_source import ManualSource
