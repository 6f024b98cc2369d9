from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    INT,
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
class AudioSegment(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_speech: Defaults to False on the server.
    has_music: Defaults to False on the server.
    """

    start_ms: int

    end_ms: int

    description: str

    segment_type: None | str | Unset = UNSET

    has_speech: bool | Unset = UNSET

    has_music: bool | Unset = UNSET

    pacing: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_ms", "start_ms", INT, required=True),
        Field("end_ms", "end_ms", INT, required=True),
        Field("description", "description", STR, required=True),
        Field("segment_type", "segment_type", union(STR, NULL)),
        Field("has_speech", "has_speech", BOOL),
        Field("has_music", "has_music", BOOL),
        Field("pacing", "pacing", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
