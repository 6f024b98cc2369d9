from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DubbingMediaReference(Lazy, AdditionalProperties[Any]):
    src: str

    content_type: str

    bucket_name: str

    random_path_slug: str

    duration_secs: float

    is_audio: bool

    url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("src", "src", STR, required=True),
        Field("content_type", "content_type", STR, required=True),
        Field("bucket_name", "bucket_name", STR, required=True),
        Field("random_path_slug", "random_path_slug", STR, required=True),
        Field("duration_secs", "duration_secs", FLOAT, required=True),
        Field("is_audio", "is_audio", BOOL, required=True),
        Field("url", "url", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
