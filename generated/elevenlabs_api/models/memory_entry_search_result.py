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


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MemoryEntrySearchResult(Lazy, AdditionalProperties[Any]):
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

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
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
