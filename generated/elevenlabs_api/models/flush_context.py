from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class FlushContext(Lazy, AdditionalProperties[Any]):
    """Payload to flush the audio buffer for a specific context.

    Attributes:
        context_id: The context_id to flush.
        flush: If true, flushes the audio buffer for the specified context. If false, the context will remain open and
            the text will be appended to the buffer to be generated. Default: False.
        text: The text to append to the buffer to be flushed.
    """

    context_id: str

    flush: bool = False

    text: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("context_id", "context_id", STR, required=True),
        Field("flush", "flush", BOOL, required=True),
        Field("text", "text", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
