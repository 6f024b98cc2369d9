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
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ProjectVideoResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    fade_in_ms: Defaults to 0 on the server.
    fade_out_ms: Defaults to 0 on the server.
    speech_imported: Defaults to False on the server.
    audio_track_ready: Defaults to True on the server.
    export_format_ready: Defaults to True on the server.
    type_:  Default: 'video'.
    canvas_placement: Defines asset positioning and transformation on canvas.
    playback_speed: Defaults to 1.0 on the server.
    opacity: Defaults to 1.0 on the server.
    track_id: Defaults to 'v0' on the server.
    """

    video_id: str

    filename: str

    signed_url: None | str = _attrs_field(default=None, kw_only=True)

    signed_preview_url: None | str = _attrs_field(default=None, kw_only=True)

    offset_ms: int

    duration_ms: int

    volume_gain_db: float

    muted: bool

    width: int

    height: int

    codec: str

    order: str

    created_at_ms: int

    updated_at_ms: int

    thumbnail_interval_seconds: float

    thumbnail_size: list[int]

    thumbnail_sheets: list[ProjectVideoThumbnailSheetResponseModel]

    start_time_ms: int

    end_time_ms: int | None = _attrs_field(default=None, kw_only=True)

    preview_job_progress: float

    import_speech_progress: float | None = None

    fade_in_ms: int | Unset = UNSET

    fade_out_ms: int | Unset = UNSET

    error: None | str | Unset = UNSET

    asset_preview_signed_url: None | str | Unset = UNSET

    source_video_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET

    pending_external_audios_metadata: None | PendingExternalAudiosMetadataModel | Unset = UNSET

    speech_imported: bool | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    audio_track_ready: bool | Unset = UNSET

    export_format_ready: bool | Unset = UNSET

    current_snapshot_id: None | str | Unset = UNSET

    source_context: GenerationSourceContext | None | Unset = UNSET

    analysis: None | Unset | VideoAnalysis = UNSET

    transcription: AssetTranscription | None | Unset = UNSET

    type_: Literal["video"] | Unset = _attrs_field(
        default="video",
        kw_only=True,
        alias="type",
        validator=types.tag("ProjectVideoResponseModel", "type", "video"),
    )

    canvas_placement: CanvasPlacement | Unset = UNSET

    animation: ClipAnimation | Unset = UNSET

    playback_speed: float | Unset = UNSET

    opacity: float | Unset = UNSET

    track_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("video_id", "video_id", STR, required=True),
        Field("filename", "filename", STR, required=True),
        Field("signed_url", "signed_url", union(STR, NULL), required=True),
        Field("signed_preview_url", "signed_preview_url", union(STR, NULL), required=True),
        Field("offset_ms", "offset_ms", INT, required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("volume_gain_db", "volume_gain_db", FLOAT, required=True),
        Field("muted", "muted", BOOL, required=True),
        Field("width", "width", INT, required=True),
        Field("height", "height", INT, required=True),
        Field("codec", "codec", STR, required=True),
        Field("order", "order", STR, required=True),
        Field("created_at_ms", "created_at_ms", INT, required=True),
        Field("updated_at_ms", "updated_at_ms", INT, required=True),
        Field("thumbnail_interval_seconds", "thumbnail_interval_seconds", FLOAT, required=True),
        Field("thumbnail_size", "thumbnail_size", list_of(union(INT)), required=True),
        Field(
            "thumbnail_sheets",
            "thumbnail_sheets",
            list_of(object_of("ProjectVideoThumbnailSheetResponseModel")),
            required=True,
        ),
        Field("start_time_ms", "start_time_ms", INT, required=True),
        Field("end_time_ms", "end_time_ms", union(INT, NULL), required=True),
        Field("preview_job_progress", "preview_job_progress", FLOAT, required=True),
        Field("import_speech_progress", "import_speech_progress", union(FLOAT, NULL), required=True),
        Field("fade_in_ms", "fade_in_ms", INT),
        Field("fade_out_ms", "fade_out_ms", INT),
        Field("error", "error", union(STR, NULL)),
        Field("asset_preview_signed_url", "asset_preview_signed_url", union(STR, NULL)),
        Field("source_video_id", "source_video_id", union(STR, NULL)),
        Field("source_asset_id", "source_asset_id", union(STR, NULL)),
        Field("source_platform_asset_id", "source_platform_asset_id", union(STR, NULL)),
        Field(
            "pending_blocks_metadata", "pending_blocks_metadata", union(object_of("PendingBlocksMetadataModel"), NULL)
        ),
        Field(
            "pending_external_audios_metadata",
            "pending_external_audios_metadata",
            union(object_of("PendingExternalAudiosMetadataModel"), NULL),
        ),
        Field("speech_imported", "speech_imported", BOOL),
        Field("pending_task", "pending_task", union(object_of("PendingClipTask"), NULL)),
        Field("audio_track_ready", "audio_track_ready", BOOL),
        Field("export_format_ready", "export_format_ready", BOOL),
        Field("current_snapshot_id", "current_snapshot_id", union(STR, NULL)),
        Field("source_context", "source_context", union(object_of("GenerationSourceContext"), NULL)),
        Field("analysis", "analysis", union(object_of("VideoAnalysis"), NULL)),
        Field("transcription", "transcription", union(object_of("AssetTranscription"), NULL)),
        Field("type_", "type", const("video")),
        Field("canvas_placement", "canvas_placement", object_of("CanvasPlacement")),
        Field("animation", "animation", object_of("ClipAnimation")),
        Field("playback_speed", "playback_speed", FLOAT),
        Field("opacity", "opacity", FLOAT),
        Field("track_id", "track_id", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectVideoResponseModel, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.asset_transcription import AssetTranscription
from ..models.canvas_placement import CanvasPlacement
from ..models.clip_animation import ClipAnimation
from ..models.generation_source_context import GenerationSourceContext
from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel
from ..models.pending_clip_task import PendingClipTask
from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
from ..models.project_video_thumbnail_sheet_response_model import ProjectVideoThumbnailSheetResponseModel
from ..models.video_analysis import VideoAnalysis
