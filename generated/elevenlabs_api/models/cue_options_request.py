from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class CueOptionsRequest(Lazy, AdditionalProperties[Any]):
    """Example:
        {'max_chars_per_line': 42, 'max_duration_ms': 7000, 'max_lines_per_cue': 2, 'min_duration_ms': 1000}

    Attributes:
        min_duration_ms: Minimum duration of each cue in milliseconds. Defaults to 1000 on the server.
        max_duration_ms: Maximum duration of each cue in milliseconds. Defaults to 7000 on the server.
        max_lines_per_cue: Maximum number of lines per cue. Defaults to 2 on the server.
        max_chars_per_line: Maximum number of characters per line in a cue. Defaults to 42 on the server.
        max_chars_per_s: Maximum characters per second reading speed. If not set, no reading speed limit is applied.
        min_gap_between_cues_frames: Minimum gap between consecutive cues in frames. If not set, no minimum gap is
            enforced.
    """

    min_duration_ms: int | Unset = UNSET

    max_duration_ms: int | Unset = UNSET

    max_lines_per_cue: int | Unset = UNSET

    max_chars_per_line: int | Unset = UNSET

    max_chars_per_s: int | None | Unset = UNSET

    min_gap_between_cues_frames: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("min_duration_ms", "min_duration_ms", INT),
        Field("max_duration_ms", "max_duration_ms", INT),
        Field("max_lines_per_cue", "max_lines_per_cue", INT),
        Field("max_chars_per_line", "max_chars_per_line", INT),
        Field("max_chars_per_s", "max_chars_per_s", union(INT, NULL)),
        Field("min_gap_between_cues_frames", "min_gap_between_cues_frames", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
