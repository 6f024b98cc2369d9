from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectImageResponseModel")


@_attrs_define
class ProjectImageResponseModel:
    """Attributes:
    image_id (str):
    filename (str):
    file_size_bytes (int):
    width (int):
    height (int):
    offset_ms (int):
    duration_ms (int):
    order (str):
    canvas_placement (CanvasPlacement): Defines asset positioning and transformation on canvas.
    created_at_ms (int):
    updated_at_ms (int):
    signed_url (None | str | Unset):
    thumbnail_signed_url (None | str | Unset):
    type_ (Literal['image'] | Unset):  Default: 'image'.
    source (Literal['upload'] | Unset):  Default: 'upload'.
    track_id (str | Unset):  Default: 'v0'.
    animation (ClipAnimation | Unset):
    opacity (float | Unset):  Default: 1.0.
    current_snapshot_id (None | str | Unset):
    source_asset_id (None | str | Unset):
    source_platform_asset_id (None | str | Unset):
    error (None | str | Unset):
    pending_task (None | PendingClipTask | Unset):
    analysis (ImageAnalysis | None | Unset):
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

    type_: Literal["image"] | Unset = "image"

    source: Literal["upload"] | Unset = "upload"

    track_id: str | Unset = "v0"

    animation: ClipAnimation | Unset = UNSET

    opacity: float | Unset = 1.0

    current_snapshot_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    error: None | str | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    analysis: ImageAnalysis | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "image")

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        filename = self.filename

        file_size_bytes = self.file_size_bytes

        width = self.width

        height = self.height

        offset_ms = self.offset_ms

        duration_ms = self.duration_ms

        order = self.order

        canvas_placement = self.canvas_placement.to_dict()

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        signed_url: None | str | Unset = self.signed_url

        thumbnail_signed_url: None | str | Unset = self.thumbnail_signed_url

        type_ = self.type_

        source = self.source

        track_id = self.track_id

        animation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation, Unset):
            animation = self.animation.to_dict()

        opacity = self.opacity

        current_snapshot_id: None | str | Unset = self.current_snapshot_id

        source_asset_id: None | str | Unset = self.source_asset_id

        source_platform_asset_id: None | str | Unset = self.source_platform_asset_id

        error: None | str | Unset = self.error

        pending_task: dict[str, Any] | None | Unset
        if isinstance(self.pending_task, Unset):
            pending_task = UNSET
        elif isinstance(self.pending_task, PendingClipTask):
            pending_task = self.pending_task.to_dict()
        else:
            pending_task = self.pending_task

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, ImageAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["image_id"] = image_id
        field_dict["filename"] = filename
        field_dict["file_size_bytes"] = file_size_bytes
        field_dict["width"] = width
        field_dict["height"] = height
        field_dict["offset_ms"] = offset_ms
        field_dict["duration_ms"] = duration_ms
        field_dict["order"] = order
        field_dict["canvas_placement"] = canvas_placement
        field_dict["created_at_ms"] = created_at_ms
        field_dict["updated_at_ms"] = updated_at_ms
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if thumbnail_signed_url is not UNSET:
            field_dict["thumbnail_signed_url"] = thumbnail_signed_url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if track_id is not UNSET:
            field_dict["track_id"] = track_id
        if animation is not UNSET:
            field_dict["animation"] = animation
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if current_snapshot_id is not UNSET:
            field_dict["current_snapshot_id"] = current_snapshot_id
        if source_asset_id is not UNSET:
            field_dict["source_asset_id"] = source_asset_id
        if source_platform_asset_id is not UNSET:
            field_dict["source_platform_asset_id"] = source_platform_asset_id
        if error is not UNSET:
            field_dict["error"] = error
        if pending_task is not UNSET:
            field_dict["pending_task"] = pending_task
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["image"] | Unset, d.pop("type", UNSET))
        if type_ != "image" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image', got '{type_}'")

        source = cast(Literal["upload"] | Unset, d.pop("source", UNSET))
        if source != "upload" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'upload', got '{source}'")

        image_id = d.pop("image_id")

        filename = d.pop("filename")

        file_size_bytes = d.pop("file_size_bytes")

        width = d.pop("width")

        height = d.pop("height")

        offset_ms = d.pop("offset_ms")

        duration_ms = d.pop("duration_ms")

        order = d.pop("order")

        canvas_placement = CanvasPlacement.from_dict(d.pop("canvas_placement"))

        created_at_ms = d.pop("created_at_ms")

        updated_at_ms = d.pop("updated_at_ms")

        signed_url = d.pop("signed_url", UNSET)

        thumbnail_signed_url = d.pop("thumbnail_signed_url", UNSET)

        track_id = d.pop("track_id", UNSET)

        _animation = d.pop("animation", UNSET)
        animation: ClipAnimation | Unset
        if isinstance(_animation, Unset):
            animation = UNSET
        else:
            animation = ClipAnimation.from_dict(_animation)

        opacity = d.pop("opacity", UNSET)

        current_snapshot_id = d.pop("current_snapshot_id", UNSET)

        source_asset_id = d.pop("source_asset_id", UNSET)

        source_platform_asset_id = d.pop("source_platform_asset_id", UNSET)

        error = d.pop("error", UNSET)

        def _parse_pending_task(data: object) -> None | PendingClipTask | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            pending_task_type_0 = PendingClipTask.from_dict(data)

            return pending_task_type_0

        pending_task = _parse_pending_task(d.pop("pending_task", UNSET))

        def _parse_analysis(data: object) -> ImageAnalysis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            analysis_type_0 = ImageAnalysis.from_dict(data)

            return analysis_type_0

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        project_image_response_model = cls(
            image_id=image_id,
            filename=filename,
            file_size_bytes=file_size_bytes,
            width=width,
            height=height,
            offset_ms=offset_ms,
            duration_ms=duration_ms,
            order=order,
            canvas_placement=canvas_placement,
            created_at_ms=created_at_ms,
            updated_at_ms=updated_at_ms,
            signed_url=signed_url,
            thumbnail_signed_url=thumbnail_signed_url,
            type_=type_,
            source=source,
            track_id=track_id,
            animation=animation,
            opacity=opacity,
            current_snapshot_id=current_snapshot_id,
            source_asset_id=source_asset_id,
            source_platform_asset_id=source_platform_asset_id,
            error=error,
            pending_task=pending_task,
            analysis=analysis,
        )
        project_image_response_model.additional_properties = d
        return project_image_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.canvas_placement import CanvasPlacement
from ..models.clip_animation import ClipAnimation
from ..models.image_analysis import ImageAnalysis
from ..models.pending_clip_task import PendingClipTask
