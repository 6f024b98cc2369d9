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
class SendTextMulti(Lazy, AdditionalProperties[Any]):
    """Payload to send text for synthesis to an existing context.

    Attributes:
        text: Text to synthesize. Should end with a single space.
        context_id: The target context_id for this text.
        flush: If true, flushes the audio buffer for the specified context. If false, the text will be appended to the
            buffer to be generated. Defaults to False on the server.
    """

    text: str

    context_id: str | Unset = UNSET

    flush: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("context_id", "context_id", STR),
        Field("flush", "flush", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
