from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class ConversationSource(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'conversation'.
    """

    conversation_id: str

    type_: Literal["conversation"] | Unset = _attrs_field(
        default="conversation",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationSource", "type", "conversation"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("type_", "type", const("conversation")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationSource, type_="type")


@_attrs_define(slots=False)
class ManualSource(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'manual'.
    """

    created_by_user_id: str

    type_: Literal["manual"] | Unset = _attrs_field(
        default="manual",
        kw_only=True,
        alias="type",
        validator=types.tag("ManualSource", "type", "manual"),
    )

    notes: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("created_by_user_id", "created_by_user_id", STR, required=True),
        Field("type_", "type", const("manual")),
        Field("notes", "notes", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ManualSource, type_="type")
