from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DubbingMediaMetadata(Lazy, AdditionalProperties[Any]):
    """Attributes:
    content_type: The content type of the media.
    duration: The duration of the media in seconds.
    """

    content_type: str

    duration: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("content_type", "content_type", STR, required=True),
        Field("duration", "duration", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
