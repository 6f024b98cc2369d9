from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class HtmlExportOptions(Lazy, AdditionalProperties[Any]):
    """Attributes:
    include_speakers: Defaults to True on the server.
    include_timestamps: Defaults to True on the server.
    """

    format_: Literal["html"] = _attrs_field(
        default="html",
        kw_only=True,
        alias="format",
        validator=types.tag("HtmlExportOptions", "format", "html"),
    )

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("format_", "format", const("html"), required=True),
        Field("include_speakers", "include_speakers", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("segment_on_silence_longer_than_s", "segment_on_silence_longer_than_s", union(FLOAT, NULL)),
        Field("max_segment_duration_s", "max_segment_duration_s", union(FLOAT, NULL)),
        Field("max_segment_chars", "max_segment_chars", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(HtmlExportOptions, format_="format")
