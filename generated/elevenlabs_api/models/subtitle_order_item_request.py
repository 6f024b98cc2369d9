from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SubtitleOrderItemRequest(Lazy, AdditionalProperties[Any]):
    """Example:
        {'cue_options': {'max_chars_per_line': 42, 'max_duration_ms': 7000, 'max_lines_per_cue': 2, 'min_duration_ms':
        1000}, 'destination_languages': ['hi', 'fr-FR', 'de'], 'instructions': 'Keep reading speed moderate; preserve
        humor in idioms.', 'kind': 'subtitles', 'media_ids': ['prodmedia_01jgatk6h0fwxrtbjade61yqhx',
        'prodmedia_01jgb2zd68f8f9tfvbb968wb8z'], 'sdh': False, 'source_language': 'en'}

    Attributes:
        media_ids: The IDs of the uploaded media files to generate subtitles for.
        source_language: The language code of the source media (e.g. 'en', 'es').
        destination_languages: List of target language codes. Subtitles will be generated for each media file in each
            destination language.
        kind: The type of order item. Default: 'subtitles'.
        cue_options:  Example: {'max_chars_per_line': 42, 'max_duration_ms': 7000, 'max_lines_per_cue': 2,
            'min_duration_ms': 1000}.
        sdh: Whether subtitles should use SDH format, which includes descriptions for deaf and hard-of-hearing viewers.
            Defaults to False on the server.
        instructions: Optional free-text instructions for the subtitling team.
    """

    media_ids: list[str]

    source_language: str

    destination_languages: list[str]

    kind: Literal["subtitles"] | Unset = _attrs_field(
        default="subtitles",
        kw_only=True,
        validator=types.tag("SubtitleOrderItemRequest", "kind", "subtitles"),
    )

    cue_options: CueOptionsRequest | Unset = UNSET

    sdh: bool | Unset = UNSET

    instructions: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("media_ids", "media_ids", list_of(STR), required=True),
        Field("source_language", "source_language", STR, required=True),
        Field("destination_languages", "destination_languages", list_of(STR), required=True),
        Field("kind", "kind", const("subtitles")),
        Field("cue_options", "cue_options", object_of("CueOptionsRequest")),
        Field("sdh", "sdh", BOOL),
        Field("instructions", "instructions", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
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
