from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ProjectImageResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    canvas_placement: Defines asset positioning and transformation on canvas.
    type_:  Default: 'image'.
    source:  Default: 'upload'.
    track_id: Defaults to 'v0' on the server.
    opacity: Defaults to 1.0 on the server.
    """

    image_id: str

    filename: str

    file_size_bytes: int

    width: int

    height: int

    offset_ms: int

    duration_ms: int

    order: str

    canvas_placement: CanvasPlacement

    created_at_ms: int

    updated_at_ms: int

    signed_url: None | str | Unset = UNSET

    thumbnail_signed_url: None | str | Unset = UNSET

    type_: Literal["image"] | Unset = _attrs_field(
        default="image",
        kw_only=True,
        alias="type",
        validator=types.tag("ProjectImageResponseModel", "type", "image"),
    )

    source: Literal["upload"] | Unset = _attrs_field(
        default="upload",
        kw_only=True,
        validator=types.tag("ProjectImageResponseModel", "source", "upload"),
    )

    track_id: str | Unset = UNSET

    animation: ClipAnimation | Unset = UNSET

    opacity: float | Unset = UNSET

    current_snapshot_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    error: None | str | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    analysis: ImageAnalysis | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("image_id", "image_id", STR, required=True),
        Field("filename", "filename", STR, required=True),
        Field("file_size_bytes", "file_size_bytes", INT, required=True),
        Field("width", "width", INT, required=True),
        Field("height", "height", INT, required=True),
        Field("offset_ms", "offset_ms", INT, required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("order", "order", STR, required=True),
        Field("canvas_placement", "canvas_placement", object_of("CanvasPlacement"), required=True),
        Field("created_at_ms", "created_at_ms", INT, required=True),
        Field("updated_at_ms", "updated_at_ms", INT, required=True),
        Field("signed_url", "signed_url", union(STR, NULL)),
        Field("thumbnail_signed_url", "thumbnail_signed_url", union(STR, NULL)),
        Field("type_", "type", const("image")),
        Field("source", "source", const("upload")),
        Field("track_id", "track_id", STR),
        Field("animation", "animation", object_of("ClipAnimation")),
        Field("opacity", "opacity", FLOAT),
        Field("current_snapshot_id", "current_snapshot_id", union(STR, NULL)),
        Field("source_asset_id", "source_asset_id", union(STR, NULL)),
        Field("source_platform_asset_id", "source_platform_asset_id", union(STR, NULL)),
        Field("error", "error", union(STR, NULL)),
        Field("pending_task", "pending_task", union(object_of("PendingClipTask"), NULL)),
        Field("analysis", "analysis", union(object_of("ImageAnalysis"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectImageResponseModel, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.canvas_placement import CanvasPlacement
from ..models.clip_animation import ClipAnimation
from ..models.image_analysis import ImageAnalysis
from ..models.pending_clip_task import PendingClipTask
