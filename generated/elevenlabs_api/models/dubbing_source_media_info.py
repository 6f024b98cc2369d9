from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class DubbingSourceMediaInfo(Lazy, AdditionalProperties[Any]):
    """Metadata about the project's source media.

    Attributes:
        filename: Original filename of the uploaded source media (null for URL sources).
        duration_s: Duration of the source media in seconds.
        has_video: Whether the source media contains a video stream.
        mime_type: MIME type of the uploaded source media.
    """

    filename: None | str | Unset = UNSET

    duration_s: float | None | Unset = UNSET

    has_video: bool | None | Unset = UNSET

    mime_type: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("filename", "filename", union(STR, NULL)),
        Field("duration_s", "duration_s", union(FLOAT, NULL)),
        Field("has_video", "has_video", union(BOOL, NULL)),
        Field("mime_type", "mime_type", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
