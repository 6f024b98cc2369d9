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
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class CommittedTranscriptEntitiesPayload(Lazy, AdditionalProperties[Any]):
    """The entities detected in a committed segment.

    Attributes:
        text: The segment's text.
        entities: The entities found; empty if none.
    """

    message_type: Literal["committed_transcript_entities"] = _attrs_field(
        default="committed_transcript_entities",
        kw_only=True,
        validator=types.tag("CommittedTranscriptEntitiesPayload", "message_type", "committed_transcript_entities"),
    )

    text: str

    entities: list[DetectedEntity]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("committed_transcript_entities"), required=True),
        Field("text", "text", STR, required=True),
        Field("entities", "entities", list_of(object_of("DetectedEntity")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.detected_entity import DetectedEntity
