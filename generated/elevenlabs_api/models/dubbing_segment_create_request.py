from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DubbingSegmentCreateRequest(Lazy, AdditionalProperties[Any]):
    """A new source segment; its id and word-level alignment are assigned by the server.

    Attributes:
        text: The text of the new segment.
        speaker_id: Identifier of the segment's speaker.
        start_s: Start time of the segment, in seconds.
        end_s: End time of the segment, in seconds.
    """

    text: str

    speaker_id: str

    start_s: float

    end_s: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("speaker_id", "speaker_id", STR, required=True),
        Field("start_s", "start_s", FLOAT, required=True),
        Field("end_s", "end_s", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
