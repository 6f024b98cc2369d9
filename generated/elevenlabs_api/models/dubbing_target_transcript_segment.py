from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubbingTargetTranscriptSegment(Lazy, AdditionalProperties[Any]):
    """One segment of a target transcript: a source segment plus its translation.

    Attributes:
        id: Stable identifier of the segment (from the source).
        speaker_id: Identifier of the segment's speaker.
        start_s: Start time of the segment, in seconds.
        end_s: End time of the segment, in seconds.
        source_text: The source-language text of the segment.
        translation: The translated text, or null if not translated yet (needs translation).
    """

    id: str

    speaker_id: str

    start_s: float

    end_s: float

    source_text: str

    translation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("speaker_id", "speaker_id", STR, required=True),
        Field("start_s", "start_s", FLOAT, required=True),
        Field("end_s", "end_s", FLOAT, required=True),
        Field("source_text", "source_text", STR, required=True),
        Field("translation", "translation", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
