from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingResource")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingResource(Lazy):
    """Attributes:
    id (str):
    version (int):
    source_language (str):
    target_languages (list[str]):
    input_ (DubbingMediaReference):
    background (DubbingMediaReference | None):
    foreground (DubbingMediaReference | None):
    speaker_tracks (DubbingResourceSpeakerTracks):
    speaker_segments (DubbingResourceSpeakerSegments):
    renders (DubbingResourceRenders):
    """

    id: str

    version: int

    source_language: str

    target_languages: list[str]

    input_: DubbingMediaReference

    background: DubbingMediaReference | None = _attrs_field(default=None, kw_only=True)

    foreground: DubbingMediaReference | None = _attrs_field(default=None, kw_only=True)

    speaker_tracks: DubbingResourceSpeakerTracks

    speaker_segments: DubbingResourceSpeakerSegments

    renders: DubbingResourceRenders

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "version",
        "source_language",
        "target_languages",
        "input",
        "background",
        "foreground",
        "speaker_tracks",
        "speaker_segments",
        "renders",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        version = self.version

        source_language = self.source_language

        target_languages: Any
        try:
            target_languages = self.target_languages

        except (AttributeError, TypeError):
            target_languages = self.target_languages

        input_: Any
        try:
            input_ = self.input_.to_dict()
        except (AttributeError, TypeError):
            input_ = self.input_

        background: Any
        try:
            if isinstance(self.background, DubbingMediaReference):
                background = self.background.to_dict()
            else:
                background = self.background

        except (AttributeError, TypeError):
            background = self.background

        foreground: Any
        try:
            if isinstance(self.foreground, DubbingMediaReference):
                foreground = self.foreground.to_dict()
            else:
                foreground = self.foreground

        except (AttributeError, TypeError):
            foreground = self.foreground

        speaker_tracks: Any
        try:
            speaker_tracks = self.speaker_tracks.to_dict()
        except (AttributeError, TypeError):
            speaker_tracks = self.speaker_tracks

        speaker_segments: Any
        try:
            speaker_segments = self.speaker_segments.to_dict()
        except (AttributeError, TypeError):
            speaker_segments = self.speaker_segments

        renders: Any
        try:
            renders = self.renders.to_dict()
        except (AttributeError, TypeError):
            renders = self.renders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if version is not None or "version" not in self._missing_fields:
            field_dict["version"] = version
        if source_language is not None or "source_language" not in self._missing_fields:
            field_dict["source_language"] = source_language
        if target_languages is not None or "target_languages" not in self._missing_fields:
            field_dict["target_languages"] = target_languages
        if input_ is not None or "input" not in self._missing_fields:
            field_dict["input"] = input_
        if background is not None or "background" not in self._missing_fields:
            field_dict["background"] = background
        if foreground is not None or "foreground" not in self._missing_fields:
            field_dict["foreground"] = foreground
        if speaker_tracks is not None or "speaker_tracks" not in self._missing_fields:
            field_dict["speaker_tracks"] = speaker_tracks
        if speaker_segments is not None or "speaker_segments" not in self._missing_fields:
            field_dict["speaker_segments"] = speaker_segments
        if renders is not None or "renders" not in self._missing_fields:
            field_dict["renders"] = renders
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_resource = cls.__new__(cls)
        dubbing_resource.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dubbing_resource

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


_read_id = plain_reader("id", (str,), "a string", True)

_read_version = plain_reader("version", (int,), "an integer", True)

_read_source_language = plain_reader("source_language", (str,), "a string", True)

_read_target_languages = plain_reader("target_languages", (list,), "an array", True, ((str,), "a string"))


def _read_input_(cls: type[DubbingResource], d: Mapping[str, Any]) -> Any:
    input__raw = d.get("input", MISSING)
    if input__raw is MISSING:
        input_ = missing_field(cls, "input")
    else:
        try:
            input_ = DubbingMediaReference.from_dict(input__raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            input_ = deviating_field(cls, "input", input__raw)

    return input_


def _read_background(cls: type[DubbingResource], d: Mapping[str, Any]) -> Any:
    background_raw = d.get("background", MISSING)
    if background_raw is MISSING:
        background = missing_field(cls, "background")
    else:
        try:

            def _parse_background(data: object) -> DubbingMediaReference | None:
                if data is None:
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                background_type_0 = DubbingMediaReference.from_dict(data)

                return background_type_0

            background = _parse_background(background_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            background = deviating_field(cls, "background", background_raw)

    return background


def _read_foreground(cls: type[DubbingResource], d: Mapping[str, Any]) -> Any:
    foreground_raw = d.get("foreground", MISSING)
    if foreground_raw is MISSING:
        foreground = missing_field(cls, "foreground")
    else:
        try:

            def _parse_foreground(data: object) -> DubbingMediaReference | None:
                if data is None:
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                foreground_type_0 = DubbingMediaReference.from_dict(data)

                return foreground_type_0

            foreground = _parse_foreground(foreground_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            foreground = deviating_field(cls, "foreground", foreground_raw)

    return foreground


def _read_speaker_tracks(cls: type[DubbingResource], d: Mapping[str, Any]) -> Any:
    speaker_tracks_raw = d.get("speaker_tracks", MISSING)
    if speaker_tracks_raw is MISSING:
        speaker_tracks = missing_field(cls, "speaker_tracks")
    else:
        try:
            speaker_tracks = DubbingResourceSpeakerTracks.from_dict(speaker_tracks_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            speaker_tracks = deviating_field(cls, "speaker_tracks", speaker_tracks_raw)

    return speaker_tracks


def _read_speaker_segments(cls: type[DubbingResource], d: Mapping[str, Any]) -> Any:
    speaker_segments_raw = d.get("speaker_segments", MISSING)
    if speaker_segments_raw is MISSING:
        speaker_segments = missing_field(cls, "speaker_segments")
    else:
        try:
            speaker_segments = DubbingResourceSpeakerSegments.from_dict(speaker_segments_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            speaker_segments = deviating_field(cls, "speaker_segments", speaker_segments_raw)

    return speaker_segments


def _read_renders(cls: type[DubbingResource], d: Mapping[str, Any]) -> Any:
    renders_raw = d.get("renders", MISSING)
    if renders_raw is MISSING:
        renders = missing_field(cls, "renders")
    else:
        try:
            renders = DubbingResourceRenders.from_dict(renders_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            renders = deviating_field(cls, "renders", renders_raw)

    return renders


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "version",
        "source_language",
        "target_languages",
        "input",
        "background",
        "foreground",
        "speaker_tracks",
        "speaker_segments",
        "renders",
    )
)


def _read_additional_properties(cls: type[DubbingResource], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingResource], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    version = d.get("version", MISSING)
    if version.__class__ is not int:
        version = _read_version(cls, d)

    source_language = d.get("source_language", MISSING)
    if source_language.__class__ is not str:
        source_language = _read_source_language(cls, d)

    target_languages = d.get("target_languages", MISSING)
    if target_languages.__class__ is not list:
        target_languages = _read_target_languages(cls, d)
    elif target_languages.__class__ is list and target_languages:
        check_items(cls, "target_languages", target_languages, (str,), "a string")

    if "input_" in known:
        input_ = known["input_"]
    else:
        input_ = _read_input_(cls, d)

    if "background" in known:
        background = known["background"]
    else:
        background = d.get("background", MISSING)
        if background is not None:
            background = _read_background(cls, d)

    if "foreground" in known:
        foreground = known["foreground"]
    else:
        foreground = d.get("foreground", MISSING)
        if foreground is not None:
            foreground = _read_foreground(cls, d)

    if "speaker_tracks" in known:
        speaker_tracks = known["speaker_tracks"]
    else:
        speaker_tracks = _read_speaker_tracks(cls, d)

    if "speaker_segments" in known:
        speaker_segments = known["speaker_segments"]
    else:
        speaker_segments = _read_speaker_segments(cls, d)

    if "renders" in known:
        renders = known["renders"]
    else:
        renders = _read_renders(cls, d)

    return {
        "id": id,
        "version": version,
        "source_language": source_language,
        "target_languages": target_languages,
        "input_": input_,
        "background": background,
        "foreground": foreground,
        "speaker_tracks": speaker_tracks,
        "speaker_segments": speaker_segments,
        "renders": renders,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingResource,
    _all_fields,
    {
        "id": _read_id,
        "version": _read_version,
        "source_language": _read_source_language,
        "target_languages": _read_target_languages,
        "input_": _read_input_,
        "background": _read_background,
        "foreground": _read_foreground,
        "speaker_tracks": _read_speaker_tracks,
        "speaker_segments": _read_speaker_segments,
        "renders": _read_renders,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.dubbing_resource_renders import DubbingResourceRenders
from ..models.dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments
from ..models.dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks
