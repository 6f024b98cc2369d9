from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ProjectImageResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectImageResponseModel(Lazy):
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
    track_id (str | Unset): Defaults to 'v0' on the server.
    animation (ClipAnimation | Unset):
    opacity (float | Unset): Defaults to 1.0 on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "image_id",
        "filename",
        "file_size_bytes",
        "width",
        "height",
        "offset_ms",
        "duration_ms",
        "order",
        "canvas_placement",
        "created_at_ms",
        "updated_at_ms",
    )
    _tags: ClassVar[tuple[str, ...]] = (
        "type_",
        "source",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "image")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_image_response_model = cls.__new__(cls)
        project_image_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_type_(cls: type[ProjectImageResponseModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["image"] | Unset, type__raw)
    if type_ != "image" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'image', got '{type_}'")

    return type_


def _read_source(cls: type[ProjectImageResponseModel], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", UNSET)
    source = cast(Literal["upload"] | Unset, source_raw)
    if source != "upload" and not isinstance(source, Unset):
        raise ValueError(f"source must match const 'upload', got '{source}'")

    return source


_read_image_id = plain_reader("image_id", (str,), "a string", True)

_read_filename = plain_reader("filename", (str,), "a string", True)

_read_file_size_bytes = plain_reader("file_size_bytes", (int,), "an integer", True)

_read_width = plain_reader("width", (int,), "an integer", True)

_read_height = plain_reader("height", (int,), "an integer", True)

_read_offset_ms = plain_reader("offset_ms", (int,), "an integer", True)

_read_duration_ms = plain_reader("duration_ms", (int,), "an integer", True)

_read_order = plain_reader("order", (str,), "a string", True)


def _read_canvas_placement(cls: type[ProjectImageResponseModel], d: Mapping[str, Any]) -> Any:
    canvas_placement_raw = d.get("canvas_placement", MISSING)
    if canvas_placement_raw is MISSING:
        canvas_placement = missing_field(cls, "canvas_placement")
    else:
        try:
            canvas_placement = CanvasPlacement.from_dict(canvas_placement_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            canvas_placement = deviating_field(cls, "canvas_placement", canvas_placement_raw)

    return canvas_placement


_read_created_at_ms = plain_reader("created_at_ms", (int,), "an integer", True)

_read_updated_at_ms = plain_reader("updated_at_ms", (int,), "an integer", True)

_read_signed_url = plain_reader(
    "signed_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_thumbnail_signed_url = plain_reader(
    "thumbnail_signed_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_track_id = plain_reader("track_id", (str,), "a string", False)


def _read_animation(cls: type[ProjectImageResponseModel], d: Mapping[str, Any]) -> Any:
    animation_raw = d.get("animation", UNSET)
    try:
        _animation = animation_raw
        animation: ClipAnimation | Unset
        if isinstance(_animation, Unset):
            animation = UNSET
        else:
            animation = ClipAnimation.from_dict(_animation)
    except (KeyError, TypeError, ValueError, AttributeError):
        animation = deviating_field(cls, "animation", animation_raw)

    return animation


_read_opacity = plain_reader(
    "opacity",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_current_snapshot_id = plain_reader(
    "current_snapshot_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_asset_id = plain_reader(
    "source_asset_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_platform_asset_id = plain_reader(
    "source_platform_asset_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_error = plain_reader(
    "error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_pending_task(cls: type[ProjectImageResponseModel], d: Mapping[str, Any]) -> Any:
    pending_task_raw = d.get("pending_task", UNSET)
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

    return pending_task


def _read_analysis(cls: type[ProjectImageResponseModel], d: Mapping[str, Any]) -> Any:
    analysis_raw = d.get("analysis", UNSET)
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

    return analysis


_FIELDS: frozenset[str] = frozenset(
    (
        "image_id",
        "filename",
        "file_size_bytes",
        "width",
        "height",
        "offset_ms",
        "duration_ms",
        "order",
        "canvas_placement",
        "created_at_ms",
        "updated_at_ms",
        "signed_url",
        "thumbnail_signed_url",
        "type",
        "source",
        "track_id",
        "animation",
        "opacity",
        "current_snapshot_id",
        "source_asset_id",
        "source_platform_asset_id",
        "error",
        "pending_task",
        "analysis",
    )
)


def _read_additional_properties(cls: type[ProjectImageResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProjectImageResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "source" in known:
        source = known["source"]
    else:
        source = d.get("source", UNSET)
        if source is not UNSET:
            source = _read_source(cls, d)

    image_id = d.get("image_id", MISSING)
    if image_id.__class__ is not str:
        image_id = _read_image_id(cls, d)

    filename = d.get("filename", MISSING)
    if filename.__class__ is not str:
        filename = _read_filename(cls, d)

    file_size_bytes = d.get("file_size_bytes", MISSING)
    if file_size_bytes.__class__ is not int:
        file_size_bytes = _read_file_size_bytes(cls, d)

    width = d.get("width", MISSING)
    if width.__class__ is not int:
        width = _read_width(cls, d)

    height = d.get("height", MISSING)
    if height.__class__ is not int:
        height = _read_height(cls, d)

    offset_ms = d.get("offset_ms", MISSING)
    if offset_ms.__class__ is not int:
        offset_ms = _read_offset_ms(cls, d)

    duration_ms = d.get("duration_ms", MISSING)
    if duration_ms.__class__ is not int:
        duration_ms = _read_duration_ms(cls, d)

    order = d.get("order", MISSING)
    if order.__class__ is not str:
        order = _read_order(cls, d)

    if "canvas_placement" in known:
        canvas_placement = known["canvas_placement"]
    else:
        canvas_placement = _read_canvas_placement(cls, d)

    created_at_ms = d.get("created_at_ms", MISSING)
    if created_at_ms.__class__ is not int:
        created_at_ms = _read_created_at_ms(cls, d)

    updated_at_ms = d.get("updated_at_ms", MISSING)
    if updated_at_ms.__class__ is not int:
        updated_at_ms = _read_updated_at_ms(cls, d)

    signed_url = d.get("signed_url", UNSET)
    if signed_url.__class__ is not str and signed_url is not None and signed_url is not UNSET:
        signed_url = _read_signed_url(cls, d)

    thumbnail_signed_url = d.get("thumbnail_signed_url", UNSET)
    if (
        thumbnail_signed_url.__class__ is not str
        and thumbnail_signed_url is not None
        and thumbnail_signed_url is not UNSET
    ):
        thumbnail_signed_url = _read_thumbnail_signed_url(cls, d)

    track_id = d.get("track_id", UNSET)
    if track_id.__class__ is not str and track_id is not UNSET:
        track_id = _read_track_id(cls, d)

    if "animation" in known:
        animation = known["animation"]
    else:
        animation = d.get("animation", UNSET)
        if animation is not UNSET:
            animation = _read_animation(cls, d)

    opacity = d.get("opacity", UNSET)
    if opacity.__class__ is not float and opacity.__class__ is not int and opacity is not UNSET:
        opacity = _read_opacity(cls, d)

    current_snapshot_id = d.get("current_snapshot_id", UNSET)
    if (
        current_snapshot_id.__class__ is not str
        and current_snapshot_id is not None
        and current_snapshot_id is not UNSET
    ):
        current_snapshot_id = _read_current_snapshot_id(cls, d)

    source_asset_id = d.get("source_asset_id", UNSET)
    if source_asset_id.__class__ is not str and source_asset_id is not None and source_asset_id is not UNSET:
        source_asset_id = _read_source_asset_id(cls, d)

    source_platform_asset_id = d.get("source_platform_asset_id", UNSET)
    if (
        source_platform_asset_id.__class__ is not str
        and source_platform_asset_id is not None
        and source_platform_asset_id is not UNSET
    ):
        source_platform_asset_id = _read_source_platform_asset_id(cls, d)

    error = d.get("error", UNSET)
    if error.__class__ is not str and error is not None and error is not UNSET:
        error = _read_error(cls, d)

    if "pending_task" in known:
        pending_task = known["pending_task"]
    else:
        pending_task = d.get("pending_task", UNSET)
        if pending_task is not UNSET and pending_task is not None:
            pending_task = _read_pending_task(cls, d)

    if "analysis" in known:
        analysis = known["analysis"]
    else:
        analysis = d.get("analysis", UNSET)
        if analysis is not UNSET and analysis is not None:
            analysis = _read_analysis(cls, d)

    return {
        "image_id": image_id,
        "filename": filename,
        "file_size_bytes": file_size_bytes,
        "width": width,
        "height": height,
        "offset_ms": offset_ms,
        "duration_ms": duration_ms,
        "order": order,
        "canvas_placement": canvas_placement,
        "created_at_ms": created_at_ms,
        "updated_at_ms": updated_at_ms,
        "signed_url": signed_url,
        "thumbnail_signed_url": thumbnail_signed_url,
        "type_": type_,
        "source": source,
        "track_id": track_id,
        "animation": animation,
        "opacity": opacity,
        "current_snapshot_id": current_snapshot_id,
        "source_asset_id": source_asset_id,
        "source_platform_asset_id": source_platform_asset_id,
        "error": error,
        "pending_task": pending_task,
        "analysis": analysis,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectImageResponseModel, type_="type")

set_readers(
    ProjectImageResponseModel,
    _all_fields,
    {
        "image_id": _read_image_id,
        "filename": _read_filename,
        "file_size_bytes": _read_file_size_bytes,
        "width": _read_width,
        "height": _read_height,
        "offset_ms": _read_offset_ms,
        "duration_ms": _read_duration_ms,
        "order": _read_order,
        "canvas_placement": _read_canvas_placement,
        "created_at_ms": _read_created_at_ms,
        "updated_at_ms": _read_updated_at_ms,
        "signed_url": _read_signed_url,
        "thumbnail_signed_url": _read_thumbnail_signed_url,
        "type_": _read_type_,
        "source": _read_source,
        "track_id": _read_track_id,
        "animation": _read_animation,
        "opacity": _read_opacity,
        "current_snapshot_id": _read_current_snapshot_id,
        "source_asset_id": _read_source_asset_id,
        "source_platform_asset_id": _read_source_platform_asset_id,
        "error": _read_error,
        "pending_task": _read_pending_task,
        "analysis": _read_analysis,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.canvas_placement import CanvasPlacement
from ..models.clip_animation import ClipAnimation
from ..models.image_analysis import ImageAnalysis
from ..models.pending_clip_task import PendingClipTask
