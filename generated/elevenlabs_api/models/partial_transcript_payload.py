from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class PartialTranscriptPayload(Lazy, AdditionalProperties[Any]):
    """The current segment's transcript so far.

    Attributes:
        text: The text so far.
    """

    message_type: Literal["partial_transcript"] = _attrs_field(
        default="partial_transcript",
        kw_only=True,
        validator=types.tag("PartialTranscriptPayload", "message_type", "partial_transcript"),
    )

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("partial_transcript"), required=True),
        Field("text", "text", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
