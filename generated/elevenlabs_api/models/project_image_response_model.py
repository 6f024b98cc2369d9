from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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

        canvas_placement: Any
        try:
            canvas_placement = self.canvas_placement.to_dict()
        except (AttributeError, TypeError):
            canvas_placement = self.canvas_placement

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        signed_url: Any
        try:
            signed_url = self.signed_url

        except (AttributeError, TypeError):
            signed_url = self.signed_url

        thumbnail_signed_url: Any
        try:
            thumbnail_signed_url = self.thumbnail_signed_url

        except (AttributeError, TypeError):
            thumbnail_signed_url = self.thumbnail_signed_url

        type_ = self.type_

        source = self.source

        track_id = self.track_id

        animation: Any
        try:
            animation = UNSET
            if not isinstance(self.animation, Unset):
                animation = self.animation.to_dict()
        except (AttributeError, TypeError):
            animation = self.animation

        opacity = self.opacity

        current_snapshot_id: Any
        try:
            current_snapshot_id = self.current_snapshot_id

        except (AttributeError, TypeError):
            current_snapshot_id = self.current_snapshot_id

        source_asset_id: Any
        try:
            source_asset_id = self.source_asset_id

        except (AttributeError, TypeError):
            source_asset_id = self.source_asset_id

        source_platform_asset_id: Any
        try:
            source_platform_asset_id = self.source_platform_asset_id

        except (AttributeError, TypeError):
            source_platform_asset_id = self.source_platform_asset_id

        error: Any
        try:
            error = self.error

        except (AttributeError, TypeError):
            error = self.error

        pending_task: Any
        try:
            if isinstance(self.pending_task, Unset):
                pending_task = UNSET
            elif isinstance(self.pending_task, PendingClipTask):
                pending_task = self.pending_task.to_dict()
            else:
                pending_task = self.pending_task

        except (AttributeError, TypeError):
            pending_task = self.pending_task

        analysis: Any
        try:
            if isinstance(self.analysis, Unset):
                analysis = UNSET
            elif isinstance(self.analysis, ImageAnalysis):
                analysis = self.analysis.to_dict()
            else:
                analysis = self.analysis

        except (AttributeError, TypeError):
            analysis = self.analysis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if image_id is not None or "image_id" not in self._missing_fields:
            field_dict["image_id"] = image_id
        if filename is not None or "filename" not in self._missing_fields:
            field_dict["filename"] = filename
        if file_size_bytes is not None or "file_size_bytes" not in self._missing_fields:
            field_dict["file_size_bytes"] = file_size_bytes
        if width is not None or "width" not in self._missing_fields:
            field_dict["width"] = width
        if height is not None or "height" not in self._missing_fields:
            field_dict["height"] = height
        if offset_ms is not None or "offset_ms" not in self._missing_fields:
            field_dict["offset_ms"] = offset_ms
        if duration_ms is not None or "duration_ms" not in self._missing_fields:
            field_dict["duration_ms"] = duration_ms
        if order is not None or "order" not in self._missing_fields:
            field_dict["order"] = order
        if canvas_placement is not None or "canvas_placement" not in self._missing_fields:
            field_dict["canvas_placement"] = canvas_placement
        if created_at_ms is not None or "created_at_ms" not in self._missing_fields:
            field_dict["created_at_ms"] = created_at_ms
        if updated_at_ms is not None or "updated_at_ms" not in self._missing_fields:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["image"] | Unset, type__raw)
        if type_ != "image" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image', got '{type_}'")

        source_raw = d.pop("source", UNSET)
        source = cast(Literal["upload"] | Unset, source_raw)
        if source != "upload" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'upload', got '{source}'")

        image_id = d.pop("image_id", MISSING)
        if image_id.__class__ is not str:
            if image_id is MISSING:
                image_id = missing_field(cls, "image_id")
                _missing += ("image_id",)
            else:
                image_id = unexpected_type(cls, "image_id", image_id, "a string")

        filename = d.pop("filename", MISSING)
        if filename.__class__ is not str:
            if filename is MISSING:
                filename = missing_field(cls, "filename")
                _missing += ("filename",)
            else:
                filename = unexpected_type(cls, "filename", filename, "a string")

        file_size_bytes = d.pop("file_size_bytes", MISSING)
        if file_size_bytes.__class__ is not int:
            if file_size_bytes is MISSING:
                file_size_bytes = missing_field(cls, "file_size_bytes")
                _missing += ("file_size_bytes",)
            else:
                file_size_bytes = unexpected_type(cls, "file_size_bytes", file_size_bytes, "an integer")

        width = d.pop("width", MISSING)
        if width.__class__ is not int:
            if width is MISSING:
                width = missing_field(cls, "width")
                _missing += ("width",)
            else:
                width = unexpected_type(cls, "width", width, "an integer")

        height = d.pop("height", MISSING)
        if height.__class__ is not int:
            if height is MISSING:
                height = missing_field(cls, "height")
                _missing += ("height",)
            else:
                height = unexpected_type(cls, "height", height, "an integer")

        offset_ms = d.pop("offset_ms", MISSING)
        if offset_ms.__class__ is not int:
            if offset_ms is MISSING:
                offset_ms = missing_field(cls, "offset_ms")
                _missing += ("offset_ms",)
            else:
                offset_ms = unexpected_type(cls, "offset_ms", offset_ms, "an integer")

        duration_ms = d.pop("duration_ms", MISSING)
        if duration_ms.__class__ is not int:
            if duration_ms is MISSING:
                duration_ms = missing_field(cls, "duration_ms")
                _missing += ("duration_ms",)
            else:
                duration_ms = unexpected_type(cls, "duration_ms", duration_ms, "an integer")

        order = d.pop("order", MISSING)
        if order.__class__ is not str:
            if order is MISSING:
                order = missing_field(cls, "order")
                _missing += ("order",)
            else:
                order = unexpected_type(cls, "order", order, "a string")

        canvas_placement_raw = d.pop("canvas_placement", MISSING)
        if canvas_placement_raw is MISSING:
            canvas_placement = missing_field(cls, "canvas_placement")
            _missing += ("canvas_placement",)
        else:
            try:
                canvas_placement = CanvasPlacement.from_dict(canvas_placement_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                canvas_placement = deviating_field(cls, "canvas_placement", canvas_placement_raw)

        created_at_ms = d.pop("created_at_ms", MISSING)
        if created_at_ms.__class__ is not int:
            if created_at_ms is MISSING:
                created_at_ms = missing_field(cls, "created_at_ms")
                _missing += ("created_at_ms",)
            else:
                created_at_ms = unexpected_type(cls, "created_at_ms", created_at_ms, "an integer")

        updated_at_ms = d.pop("updated_at_ms", MISSING)
        if updated_at_ms.__class__ is not int:
            if updated_at_ms is MISSING:
                updated_at_ms = missing_field(cls, "updated_at_ms")
                _missing += ("updated_at_ms",)
            else:
                updated_at_ms = unexpected_type(cls, "updated_at_ms", updated_at_ms, "an integer")

        signed_url = d.pop("signed_url", UNSET)
        if signed_url.__class__ is not str and signed_url is not None and signed_url is not UNSET:
            signed_url = unexpected_type(cls, "signed_url", signed_url, "a string or null")

        thumbnail_signed_url = d.pop("thumbnail_signed_url", UNSET)
        if (
            thumbnail_signed_url.__class__ is not str
            and thumbnail_signed_url is not None
            and thumbnail_signed_url is not UNSET
        ):
            thumbnail_signed_url = unexpected_type(
                cls, "thumbnail_signed_url", thumbnail_signed_url, "a string or null"
            )

        track_id = d.pop("track_id", UNSET)
        if track_id.__class__ is not str and track_id is not UNSET:
            track_id = unexpected_type(cls, "track_id", track_id, "a string")

        animation_raw = d.pop("animation", UNSET)
        try:
            _animation = animation_raw
            animation: ClipAnimation | Unset
            if isinstance(_animation, Unset):
                animation = UNSET
            else:
                animation = ClipAnimation.from_dict(_animation)
        except (KeyError, TypeError, ValueError, AttributeError):
            animation = deviating_field(cls, "animation", animation_raw)

        opacity = d.pop("opacity", UNSET)
        if opacity.__class__ is not float and opacity.__class__ is not int and opacity is not UNSET:
            opacity = unexpected_type(cls, "opacity", opacity, "a number")

        current_snapshot_id = d.pop("current_snapshot_id", UNSET)
        if (
            current_snapshot_id.__class__ is not str
            and current_snapshot_id is not None
            and current_snapshot_id is not UNSET
        ):
            current_snapshot_id = unexpected_type(cls, "current_snapshot_id", current_snapshot_id, "a string or null")

        source_asset_id = d.pop("source_asset_id", UNSET)
        if source_asset_id.__class__ is not str and source_asset_id is not None and source_asset_id is not UNSET:
            source_asset_id = unexpected_type(cls, "source_asset_id", source_asset_id, "a string or null")

        source_platform_asset_id = d.pop("source_platform_asset_id", UNSET)
        if (
            source_platform_asset_id.__class__ is not str
            and source_platform_asset_id is not None
            and source_platform_asset_id is not UNSET
        ):
            source_platform_asset_id = unexpected_type(
                cls, "source_platform_asset_id", source_platform_asset_id, "a string or null"
            )

        error = d.pop("error", UNSET)
        if error.__class__ is not str and error is not None and error is not UNSET:
            error = unexpected_type(cls, "error", error, "a string or null")

        pending_task_raw = d.pop("pending_task", UNSET)
        try:

            def _parse_pending_task(data: object) -> None | PendingClipTask | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                pending_task_type_0 = PendingClipTask.from_dict(data)

                return pending_task_type_0

            pending_task = _parse_pending_task(pending_task_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            pending_task = deviating_field(cls, "pending_task", pending_task_raw)

        analysis_raw = d.pop("analysis", UNSET)
        try:

            def _parse_analysis(data: object) -> ImageAnalysis | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                analysis_type_0 = ImageAnalysis.from_dict(data)

                return analysis_type_0

            analysis = _parse_analysis(analysis_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            analysis = deviating_field(cls, "analysis", analysis_raw)

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
        if _missing:
            project_image_response_model._missing_fields = _missing
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
