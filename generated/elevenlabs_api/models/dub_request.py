from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import DubRequestMode
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class DubRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    file: A list of file paths to audio recordings intended for voice cloning
    csv_file: CSV file containing transcription/translation metadata
    foreground_audio_file: For use only with csv input
    background_audio_file: For use only with csv input
    name: Name of the dubbing project.
    source_url: URL of the source video/audio file.
    source_lang: Source language. Expects a valid iso639-1 or iso639-3 language code. Defaults to 'auto' on the
        server.
    target_lang: The Target language to dub the content into. Expects a valid iso639-1 or iso639-3 language code.
    target_accent: [Experimental] An accent to apply when selecting voices from the library and to use to inform
        translation of the dialect to prefer.
    num_speakers: Number of speakers to use for the dubbing. Set to 0 to automatically detect the number of speakers
        Defaults to 0 on the server.
    watermark: Whether to apply watermark to the output video. Defaults to False on the server.
    start_time: Start time of the source video/audio file.
    end_time: End time of the source video/audio file.
    highest_resolution: Whether to use the highest resolution available. Defaults to False on the server.
    drop_background_audio: An advanced setting. Whether to drop background audio from the final dub. This can
        improve dub quality where it's known that audio shouldn't have a background track such as for speeches or
        monologues. Defaults to False on the server.
    use_profanity_filter: [BETA] Whether transcripts should have profanities censored with the words '[censored]'
    dubbing_studio: Whether to prepare dub for edits in dubbing studio or edits as a dubbing resource. Defaults to
        False on the server.
    disable_voice_cloning: Instead of using a voice clone in dubbing, use a similar voice from the ElevenLabs Voice
        Library. Voices used from the library will contribute towards a workspace's custom voices limit, and if there
        aren't enough available slots the dub will fail. Using this feature requires the caller to have the
        'add_voice_from_voice_library' permission on their workspace to access new voices. Defaults to False on the
        server.
    mode: The mode in which to run this Dubbing job. Defaults to automatic, use manual if specifically providing a
        CSV transcript to use. Note that manual mode is experimental and production use is strongly discouraged.
        Defaults to 'automatic' on the server.
    csv_fps: Frames per second to use when parsing a CSV file for dubbing. If not provided, FPS will be inferred
        from timecodes.
    """

    file: File | None | Unset = UNSET

    csv_file: File | None | Unset = UNSET

    foreground_audio_file: File | None | Unset = UNSET

    background_audio_file: File | None | Unset = UNSET

    name: None | str | Unset = UNSET

    source_url: None | str | Unset = UNSET

    source_lang: str | Unset = UNSET

    target_lang: None | str | Unset = UNSET

    target_accent: None | str | Unset = UNSET

    num_speakers: int | Unset = UNSET

    watermark: bool | Unset = UNSET

    start_time: int | None | Unset = UNSET

    end_time: int | None | Unset = UNSET

    highest_resolution: bool | Unset = UNSET

    drop_background_audio: bool | Unset = UNSET

    use_profanity_filter: bool | None | Unset = UNSET

    dubbing_studio: bool | Unset = UNSET

    disable_voice_cloning: bool | Unset = UNSET

    mode: DubRequestMode | Unset = UNSET

    csv_fps: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file", "file", union(FILE, NULL)),
        Field("csv_file", "csv_file", union(FILE, NULL)),
        Field("foreground_audio_file", "foreground_audio_file", union(FILE, NULL)),
        Field("background_audio_file", "background_audio_file", union(FILE, NULL)),
        Field("name", "name", union(STR, NULL)),
        Field("source_url", "source_url", union(STR, NULL)),
        Field("source_lang", "source_lang", STR),
        Field("target_lang", "target_lang", union(STR, NULL)),
        Field("target_accent", "target_accent", union(STR, NULL)),
        Field("num_speakers", "num_speakers", INT),
        Field("watermark", "watermark", BOOL),
        Field("start_time", "start_time", union(INT, NULL)),
        Field("end_time", "end_time", union(INT, NULL)),
        Field("highest_resolution", "highest_resolution", BOOL),
        Field("drop_background_audio", "drop_background_audio", BOOL),
        Field("use_profanity_filter", "use_profanity_filter", union(BOOL, NULL)),
        Field("dubbing_studio", "dubbing_studio", BOOL),
        Field("disable_voice_cloning", "disable_voice_cloning", BOOL),
        Field("mode", "mode", literal("DubRequestMode")),
        Field("csv_fps", "csv_fps", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            elif self.file is None:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.csv_file, Unset):
            if isinstance(self.csv_file, File):
                files.append(("csv_file", self.csv_file.to_tuple()))
            elif self.csv_file is None:
                files.append(("csv_file", (None, str(self.csv_file).encode(), "text/plain")))

        if not isinstance(self.foreground_audio_file, Unset):
            if isinstance(self.foreground_audio_file, File):
                files.append(("foreground_audio_file", self.foreground_audio_file.to_tuple()))
            elif self.foreground_audio_file is None:
                files.append(("foreground_audio_file", (None, str(self.foreground_audio_file).encode(), "text/plain")))

        if not isinstance(self.background_audio_file, Unset):
            if isinstance(self.background_audio_file, File):
                files.append(("background_audio_file", self.background_audio_file.to_tuple()))
            elif self.background_audio_file is None:
                files.append(("background_audio_file", (None, str(self.background_audio_file).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str) or self.name is None:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset):
            if isinstance(self.source_url, str) or self.source_url is None:
                files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.source_lang, Unset):
            files.append(("source_lang", (None, str(self.source_lang).encode(), "text/plain")))

        if not isinstance(self.target_lang, Unset):
            if isinstance(self.target_lang, str) or self.target_lang is None:
                files.append(("target_lang", (None, str(self.target_lang).encode(), "text/plain")))

        if not isinstance(self.target_accent, Unset):
            if isinstance(self.target_accent, str) or self.target_accent is None:
                files.append(("target_accent", (None, str(self.target_accent).encode(), "text/plain")))

        if not isinstance(self.num_speakers, Unset):
            files.append(("num_speakers", (None, str(self.num_speakers).encode(), "text/plain")))

        if not isinstance(self.watermark, Unset):
            files.append(("watermark", (None, b"true" if self.watermark else b"false", "text/plain")))

        if not isinstance(self.start_time, Unset):
            if isinstance(self.start_time, int) or self.start_time is None:
                files.append(("start_time", (None, str(self.start_time).encode(), "text/plain")))

        if not isinstance(self.end_time, Unset):
            if isinstance(self.end_time, int) or self.end_time is None:
                files.append(("end_time", (None, str(self.end_time).encode(), "text/plain")))

        if not isinstance(self.highest_resolution, Unset):
            files.append(("highest_resolution", (None, b"true" if self.highest_resolution else b"false", "text/plain")))

        if not isinstance(self.drop_background_audio, Unset):
            files.append(
                ("drop_background_audio", (None, b"true" if self.drop_background_audio else b"false", "text/plain"))
            )

        if not isinstance(self.use_profanity_filter, Unset):
            if isinstance(self.use_profanity_filter, bool):
                files.append(
                    ("use_profanity_filter", (None, b"true" if self.use_profanity_filter else b"false", "text/plain"))
                )
            elif self.use_profanity_filter is None:
                files.append(("use_profanity_filter", (None, str(self.use_profanity_filter).encode(), "text/plain")))

        if not isinstance(self.dubbing_studio, Unset):
            files.append(("dubbing_studio", (None, b"true" if self.dubbing_studio else b"false", "text/plain")))

        if not isinstance(self.disable_voice_cloning, Unset):
            files.append(
                ("disable_voice_cloning", (None, b"true" if self.disable_voice_cloning else b"false", "text/plain"))
            )

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode).encode(), "text/plain")))

        if not isinstance(self.csv_fps, Unset):
            if isinstance(self.csv_fps, float) or self.csv_fps is None:
                files.append(("csv_fps", (None, str(self.csv_fps).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
