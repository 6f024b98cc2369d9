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
class DubbingSegmentUpdateRequest(Lazy, AdditionalProperties[Any]):
    """A partial update to a source segment; omitted fields are left unchanged.

    Attributes:
        text: New text for the segment.
        speaker_id: New speaker id for the segment.
        start_s: New start time, in seconds.
        end_s: New end time, in seconds.
    """

    text: None | str | Unset = UNSET

    speaker_id: None | str | Unset = UNSET

    start_s: float | None | Unset = UNSET

    end_s: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", union(STR, NULL)),
        Field("speaker_id", "speaker_id", union(STR, NULL)),
        Field("start_s", "start_s", union(FLOAT, NULL)),
        Field("end_s", "end_s", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
