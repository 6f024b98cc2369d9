from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import DubRequestMode, check_dub_request_mode
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubRequest(Lazy):
    """Attributes:
    file (File | None | Unset): A list of file paths to audio recordings intended for voice cloning
    csv_file (File | None | Unset): CSV file containing transcription/translation metadata
    foreground_audio_file (File | None | Unset): For use only with csv input
    background_audio_file (File | None | Unset): For use only with csv input
    name (None | str | Unset): Name of the dubbing project.
    source_url (None | str | Unset): URL of the source video/audio file.
    source_lang (str | Unset): Source language. Expects a valid iso639-1 or iso639-3 language code. Defaults to
        'auto' on the server.
    target_lang (None | str | Unset): The Target language to dub the content into. Expects a valid iso639-1 or
        iso639-3 language code.
    target_accent (None | str | Unset): [Experimental] An accent to apply when selecting voices from the library and
        to use to inform translation of the dialect to prefer.
    num_speakers (int | Unset): Number of speakers to use for the dubbing. Set to 0 to automatically detect the
        number of speakers Defaults to 0 on the server.
    watermark (bool | Unset): Whether to apply watermark to the output video. Defaults to False on the server.
    start_time (int | None | Unset): Start time of the source video/audio file.
    end_time (int | None | Unset): End time of the source video/audio file.
    highest_resolution (bool | Unset): Whether to use the highest resolution available. Defaults to False on the
        server.
    drop_background_audio (bool | Unset): An advanced setting. Whether to drop background audio from the final dub.
        This can improve dub quality where it's known that audio shouldn't have a background track such as for speeches
        or monologues. Defaults to False on the server.
    use_profanity_filter (bool | None | Unset): [BETA] Whether transcripts should have profanities censored with the
        words '[censored]'
    dubbing_studio (bool | Unset): Whether to prepare dub for edits in dubbing studio or edits as a dubbing
        resource. Defaults to False on the server.
    disable_voice_cloning (bool | Unset): Instead of using a voice clone in dubbing, use a similar voice from the
        ElevenLabs Voice Library. Voices used from the library will contribute towards a workspace's custom voices
        limit, and if there aren't enough available slots the dub will fail. Using this feature requires the caller to
        have the 'add_voice_from_voice_library' permission on their workspace to access new voices. Defaults to False on
        the server.
    mode (DubRequestMode | Unset): The mode in which to run this Dubbing job. Defaults to automatic, use manual if
        specifically providing a CSV transcript to use. Note that manual mode is experimental and production use is
        strongly discouraged. Defaults to 'automatic' on the server.
    csv_fps (float | None | Unset): Frames per second to use when parsing a CSV file for dubbing. If not provided,
        FPS will be inferred from timecodes.
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

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        file: Any
        try:
            if isinstance(self.file, Unset):
                file = UNSET
            elif isinstance(self.file, File):
                file = self.file.to_tuple()

            else:
                file = self.file

        except (AttributeError, TypeError):
            file = self.file

        csv_file: Any
        try:
            if isinstance(self.csv_file, Unset):
                csv_file = UNSET
            elif isinstance(self.csv_file, File):
                csv_file = self.csv_file.to_tuple()

            else:
                csv_file = self.csv_file

        except (AttributeError, TypeError):
            csv_file = self.csv_file

        foreground_audio_file: Any
        try:
            if isinstance(self.foreground_audio_file, Unset):
                foreground_audio_file = UNSET
            elif isinstance(self.foreground_audio_file, File):
                foreground_audio_file = self.foreground_audio_file.to_tuple()

            else:
                foreground_audio_file = self.foreground_audio_file

        except (AttributeError, TypeError):
            foreground_audio_file = self.foreground_audio_file

        background_audio_file: Any
        try:
            if isinstance(self.background_audio_file, Unset):
                background_audio_file = UNSET
            elif isinstance(self.background_audio_file, File):
                background_audio_file = self.background_audio_file.to_tuple()

            else:
                background_audio_file = self.background_audio_file

        except (AttributeError, TypeError):
            background_audio_file = self.background_audio_file

        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        source_url: Any
        try:
            source_url = self.source_url

        except (AttributeError, TypeError):
            source_url = self.source_url

        source_lang = self.source_lang

        target_lang: Any
        try:
            target_lang = self.target_lang

        except (AttributeError, TypeError):
            target_lang = self.target_lang

        target_accent: Any
        try:
            target_accent = self.target_accent

        except (AttributeError, TypeError):
            target_accent = self.target_accent

        num_speakers = self.num_speakers

        watermark = self.watermark

        start_time: Any
        try:
            start_time = self.start_time

        except (AttributeError, TypeError):
            start_time = self.start_time

        end_time: Any
        try:
            end_time = self.end_time

        except (AttributeError, TypeError):
            end_time = self.end_time

        highest_resolution = self.highest_resolution

        drop_background_audio = self.drop_background_audio

        use_profanity_filter: Any
        try:
            use_profanity_filter = self.use_profanity_filter

        except (AttributeError, TypeError):
            use_profanity_filter = self.use_profanity_filter

        dubbing_studio = self.dubbing_studio

        disable_voice_cloning = self.disable_voice_cloning

        mode: Any
        try:
            mode = UNSET
            if not isinstance(self.mode, Unset):
                mode = self.mode

        except (AttributeError, TypeError):
            mode = self.mode

        csv_fps: Any
        try:
            csv_fps = self.csv_fps

        except (AttributeError, TypeError):
            csv_fps = self.csv_fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not UNSET:
            field_dict["file"] = file
        if csv_file is not UNSET:
            field_dict["csv_file"] = csv_file
        if foreground_audio_file is not UNSET:
            field_dict["foreground_audio_file"] = foreground_audio_file
        if background_audio_file is not UNSET:
            field_dict["background_audio_file"] = background_audio_file
        if name is not UNSET:
            field_dict["name"] = name
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_lang is not UNSET:
            field_dict["source_lang"] = source_lang
        if target_lang is not UNSET:
            field_dict["target_lang"] = target_lang
        if target_accent is not UNSET:
            field_dict["target_accent"] = target_accent
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if highest_resolution is not UNSET:
            field_dict["highest_resolution"] = highest_resolution
        if drop_background_audio is not UNSET:
            field_dict["drop_background_audio"] = drop_background_audio
        if use_profanity_filter is not UNSET:
            field_dict["use_profanity_filter"] = use_profanity_filter
        if dubbing_studio is not UNSET:
            field_dict["dubbing_studio"] = dubbing_studio
        if disable_voice_cloning is not UNSET:
            field_dict["disable_voice_cloning"] = disable_voice_cloning
        if mode is not UNSET:
            field_dict["mode"] = mode
        if csv_fps is not UNSET:
            field_dict["csv_fps"] = csv_fps
        return field_dict

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dub_request = cls.__new__(cls)
        dub_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dub_request

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


def _read_file(cls: type[DubRequest], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", UNSET)
    try:

        def _parse_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            file_type_0 = File(payload=BytesIO(data))

            return file_type_0

        file = _parse_file(file_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


def _read_csv_file(cls: type[DubRequest], d: Mapping[str, Any]) -> Any:
    csv_file_raw = d.get("csv_file", UNSET)
    try:

        def _parse_csv_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            csv_file_type_0 = File(payload=BytesIO(data))

            return csv_file_type_0

        csv_file = _parse_csv_file(csv_file_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        csv_file = deviating_field(cls, "csv_file", csv_file_raw)

    return csv_file


def _read_foreground_audio_file(cls: type[DubRequest], d: Mapping[str, Any]) -> Any:
    foreground_audio_file_raw = d.get("foreground_audio_file", UNSET)
    try:

        def _parse_foreground_audio_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            foreground_audio_file_type_0 = File(payload=BytesIO(data))

            return foreground_audio_file_type_0

        foreground_audio_file = _parse_foreground_audio_file(foreground_audio_file_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        foreground_audio_file = deviating_field(cls, "foreground_audio_file", foreground_audio_file_raw)

    return foreground_audio_file


def _read_background_audio_file(cls: type[DubRequest], d: Mapping[str, Any]) -> Any:
    background_audio_file_raw = d.get("background_audio_file", UNSET)
    try:

        def _parse_background_audio_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            background_audio_file_type_0 = File(payload=BytesIO(data))

            return background_audio_file_type_0

        background_audio_file = _parse_background_audio_file(background_audio_file_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        background_audio_file = deviating_field(cls, "background_audio_file", background_audio_file_raw)

    return background_audio_file


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_url = plain_reader(
    "source_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_lang = plain_reader("source_lang", (str,), "a string", False)

_read_target_lang = plain_reader(
    "target_lang",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_target_accent = plain_reader(
    "target_accent",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_num_speakers = plain_reader("num_speakers", (int,), "an integer", False)

_read_watermark = plain_reader("watermark", (bool,), "a boolean", False)

_read_start_time = plain_reader(
    "start_time",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_end_time = plain_reader(
    "end_time",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_highest_resolution = plain_reader("highest_resolution", (bool,), "a boolean", False)

_read_drop_background_audio = plain_reader("drop_background_audio", (bool,), "a boolean", False)

_read_use_profanity_filter = plain_reader(
    "use_profanity_filter",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_dubbing_studio = plain_reader("dubbing_studio", (bool,), "a boolean", False)

_read_disable_voice_cloning = plain_reader("disable_voice_cloning", (bool,), "a boolean", False)


def _read_mode(cls: type[DubRequest], d: Mapping[str, Any]) -> Any:
    mode_raw = d.get("mode", UNSET)
    try:
        _mode = mode_raw
        mode: DubRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_dub_request_mode(_mode)
    except (KeyError, TypeError, ValueError, AttributeError):
        mode = deviating_field(cls, "mode", mode_raw)

    return mode


_read_csv_fps = plain_reader(
    "csv_fps",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "file",
        "csv_file",
        "foreground_audio_file",
        "background_audio_file",
        "name",
        "source_url",
        "source_lang",
        "target_lang",
        "target_accent",
        "num_speakers",
        "watermark",
        "start_time",
        "end_time",
        "highest_resolution",
        "drop_background_audio",
        "use_profanity_filter",
        "dubbing_studio",
        "disable_voice_cloning",
        "mode",
        "csv_fps",
    )
)


def _read_additional_properties(cls: type[DubRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET and file is not None:
            file = _read_file(cls, d)

    if "csv_file" in known:
        csv_file = known["csv_file"]
    else:
        csv_file = d.get("csv_file", UNSET)
        if csv_file is not UNSET and csv_file is not None:
            csv_file = _read_csv_file(cls, d)

    if "foreground_audio_file" in known:
        foreground_audio_file = known["foreground_audio_file"]
    else:
        foreground_audio_file = d.get("foreground_audio_file", UNSET)
        if foreground_audio_file is not UNSET and foreground_audio_file is not None:
            foreground_audio_file = _read_foreground_audio_file(cls, d)

    if "background_audio_file" in known:
        background_audio_file = known["background_audio_file"]
    else:
        background_audio_file = d.get("background_audio_file", UNSET)
        if background_audio_file is not UNSET and background_audio_file is not None:
            background_audio_file = _read_background_audio_file(cls, d)

    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    source_url = d.get("source_url", UNSET)
    if source_url.__class__ is not str and source_url is not None and source_url is not UNSET:
        source_url = _read_source_url(cls, d)

    source_lang = d.get("source_lang", UNSET)
    if source_lang.__class__ is not str and source_lang is not UNSET:
        source_lang = _read_source_lang(cls, d)

    target_lang = d.get("target_lang", UNSET)
    if target_lang.__class__ is not str and target_lang is not None and target_lang is not UNSET:
        target_lang = _read_target_lang(cls, d)

    target_accent = d.get("target_accent", UNSET)
    if target_accent.__class__ is not str and target_accent is not None and target_accent is not UNSET:
        target_accent = _read_target_accent(cls, d)

    num_speakers = d.get("num_speakers", UNSET)
    if num_speakers.__class__ is not int and num_speakers is not UNSET:
        num_speakers = _read_num_speakers(cls, d)

    watermark = d.get("watermark", UNSET)
    if watermark.__class__ is not bool and watermark is not UNSET:
        watermark = _read_watermark(cls, d)

    start_time = d.get("start_time", UNSET)
    if start_time.__class__ is not int and start_time is not None and start_time is not UNSET:
        start_time = _read_start_time(cls, d)

    end_time = d.get("end_time", UNSET)
    if end_time.__class__ is not int and end_time is not None and end_time is not UNSET:
        end_time = _read_end_time(cls, d)

    highest_resolution = d.get("highest_resolution", UNSET)
    if highest_resolution.__class__ is not bool and highest_resolution is not UNSET:
        highest_resolution = _read_highest_resolution(cls, d)

    drop_background_audio = d.get("drop_background_audio", UNSET)
    if drop_background_audio.__class__ is not bool and drop_background_audio is not UNSET:
        drop_background_audio = _read_drop_background_audio(cls, d)

    use_profanity_filter = d.get("use_profanity_filter", UNSET)
    if (
        use_profanity_filter.__class__ is not bool
        and use_profanity_filter is not None
        and use_profanity_filter is not UNSET
    ):
        use_profanity_filter = _read_use_profanity_filter(cls, d)

    dubbing_studio = d.get("dubbing_studio", UNSET)
    if dubbing_studio.__class__ is not bool and dubbing_studio is not UNSET:
        dubbing_studio = _read_dubbing_studio(cls, d)

    disable_voice_cloning = d.get("disable_voice_cloning", UNSET)
    if disable_voice_cloning.__class__ is not bool and disable_voice_cloning is not UNSET:
        disable_voice_cloning = _read_disable_voice_cloning(cls, d)

    if "mode" in known:
        mode = known["mode"]
    else:
        mode = d.get("mode", UNSET)
        if mode is not UNSET:
            mode = _read_mode(cls, d)

    csv_fps = d.get("csv_fps", UNSET)
    if csv_fps.__class__ is not float and csv_fps.__class__ is not int and csv_fps is not None and csv_fps is not UNSET:
        csv_fps = _read_csv_fps(cls, d)

    return {
        "file": file,
        "csv_file": csv_file,
        "foreground_audio_file": foreground_audio_file,
        "background_audio_file": background_audio_file,
        "name": name,
        "source_url": source_url,
        "source_lang": source_lang,
        "target_lang": target_lang,
        "target_accent": target_accent,
        "num_speakers": num_speakers,
        "watermark": watermark,
        "start_time": start_time,
        "end_time": end_time,
        "highest_resolution": highest_resolution,
        "drop_background_audio": drop_background_audio,
        "use_profanity_filter": use_profanity_filter,
        "dubbing_studio": dubbing_studio,
        "disable_voice_cloning": disable_voice_cloning,
        "mode": mode,
        "csv_fps": csv_fps,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DubRequest,
    _all_fields,
    {
        "file": _read_file,
        "csv_file": _read_csv_file,
        "foreground_audio_file": _read_foreground_audio_file,
        "background_audio_file": _read_background_audio_file,
        "name": _read_name,
        "source_url": _read_source_url,
        "source_lang": _read_source_lang,
        "target_lang": _read_target_lang,
        "target_accent": _read_target_accent,
        "num_speakers": _read_num_speakers,
        "watermark": _read_watermark,
        "start_time": _read_start_time,
        "end_time": _read_end_time,
        "highest_resolution": _read_highest_resolution,
        "drop_background_audio": _read_drop_background_audio,
        "use_profanity_filter": _read_use_profanity_filter,
        "dubbing_studio": _read_dubbing_studio,
        "disable_voice_cloning": _read_disable_voice_cloning,
        "mode": _read_mode,
        "csv_fps": _read_csv_fps,
        "additional_properties": _read_additional_properties,
    },
)
