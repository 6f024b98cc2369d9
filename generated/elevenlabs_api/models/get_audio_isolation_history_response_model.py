from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class GetAudioIsolationHistoryResponseModel(Lazy, AdditionalProperties[Any]):
    items: list[AudioIsolationHistoryItemResponseModel]

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("items", "items", list_of(object_of("AudioIsolationHistoryItemResponseModel")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AudioIsolationHistoryItemResponseModel(Lazy, AdditionalProperties[Any]):
    id: str

    title: None | str = _attrs_field(default=None, kw_only=True)

    created_at_unix: int

    format_: str

    duration_seconds: float | None = _attrs_field(default=None, kw_only=True)

    download_url: None | str = _attrs_field(default=None, kw_only=True)

    icon_url: None | str = _attrs_field(default=None, kw_only=True)

    source_video_url: None | str = _attrs_field(default=None, kw_only=True)

    supports_video: bool

    processing: bool

    video_processing_failed: bool

    preview_b64: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("title", "title", union(STR, NULL), required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("format_", "format", STR, required=True),
        Field("duration_seconds", "duration_seconds", union(FLOAT, NULL), required=True),
        Field("download_url", "download_url", union(STR, NULL), required=True),
        Field("icon_url", "icon_url", union(STR, NULL), required=True),
        Field("source_video_url", "source_video_url", union(STR, NULL), required=True),
        Field("supports_video", "supports_video", BOOL, required=True),
        Field("processing", "processing", BOOL, required=True),
        Field("video_processing_failed", "video_processing_failed", BOOL, required=True),
        Field("preview_b64", "preview_b64", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
