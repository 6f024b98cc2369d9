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
    object_of,
    union,
)


@_attrs_define(slots=False)
class ProjectExternalAudioResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    volume_gain_db: Defaults to 0.0 on the server.
    muted: Defaults to False on the server.
    fade_in_ms: Defaults to 0 on the server.
    fade_out_ms: Defaults to 0 on the server.
    speech_imported: Defaults to False on the server.
    type_:  Default: 'audio'.
    """

    external_audio_id: str

    filename: str

    signed_url: None | str = _attrs_field(default=None, kw_only=True)

    offset_ms: int

    duration_ms: int

    start_time_ms: int

    end_time_ms: int | None = _attrs_field(default=None, kw_only=True)

    order: str

    track_id: str

    created_at_ms: int

    updated_at_ms: int

    import_speech_progress: float | None = None

    volume_gain_db: float | Unset = UNSET

    muted: bool | Unset = UNSET

    fade_in_ms: int | Unset = UNSET

    fade_out_ms: int | Unset = UNSET

    source_external_audio_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET

    pending_external_audios_metadata: None | PendingExternalAudiosMetadataModel | Unset = UNSET

    speech_imported: bool | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    error: None | str | Unset = UNSET

    current_snapshot_id: None | str | Unset = UNSET

    source_context: (
        MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | UnknownVariant | Unset
    ) = UNSET

    analysis: AudioAnalysis | None | Unset = UNSET

    transcription: AssetTranscription | None | Unset = UNSET

    type_: Literal["audio"] | Unset = _attrs_field(
        default="audio",
        kw_only=True,
        alias="type",
        validator=types.tag("ProjectExternalAudioResponseModel", "type", "audio"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("external_audio_id", "external_audio_id", STR, required=True),
        Field("filename", "filename", STR, required=True),
        Field("signed_url", "signed_url", union(STR, NULL), required=True),
        Field("offset_ms", "offset_ms", INT, required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("start_time_ms", "start_time_ms", INT, required=True),
        Field("end_time_ms", "end_time_ms", union(INT, NULL), required=True),
        Field("order", "order", STR, required=True),
        Field("track_id", "track_id", STR, required=True),
        Field("created_at_ms", "created_at_ms", INT, required=True),
        Field("updated_at_ms", "updated_at_ms", INT, required=True),
        Field("import_speech_progress", "import_speech_progress", union(FLOAT, NULL), required=True),
        Field("volume_gain_db", "volume_gain_db", FLOAT),
        Field("muted", "muted", BOOL),
        Field("fade_in_ms", "fade_in_ms", INT),
        Field("fade_out_ms", "fade_out_ms", INT),
        Field("source_external_audio_id", "source_external_audio_id", union(STR, NULL)),
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
        Field("error", "error", union(STR, NULL)),
        Field("current_snapshot_id", "current_snapshot_id", union(STR, NULL)),
        Field(
            "source_context",
            "source_context",
            union(
                object_of("SongSourceContext"),
                object_of("MusicExploreSongSourceContext"),
                object_of("SfxSourceContext"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("analysis", "analysis", union(object_of("AudioAnalysis"), NULL)),
        Field("transcription", "transcription", union(object_of("AssetTranscription"), NULL)),
        Field("type_", "type", const("audio")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectExternalAudioResponseModel, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.asset_transcription import AssetTranscription
from ..models.audio_analysis import AudioAnalysis
from ..models.music_explore_song_source_context import MusicExploreSongSourceContext
from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel
from ..models.pending_clip_task import PendingClipTask
from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
from ..models.sfx_source_context import SfxSourceContext
from ..models.song_source_context import SongSourceContext
from ..models.unknown_variant import UnknownVariant
