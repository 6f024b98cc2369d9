from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DubbingResource")


@_attrs_define
class DubbingResource:
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

    background: DubbingMediaReference | None

    foreground: DubbingMediaReference | None

    speaker_tracks: DubbingResourceSpeakerTracks

    speaker_segments: DubbingResourceSpeakerSegments

    renders: DubbingResourceRenders

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        version = d.pop("version", MISSING)
        if version.__class__ is not int:
            if version is MISSING:
                version = missing_field(cls, "version")
                _missing += ("version",)
            else:
                version = unexpected_type(cls, "version", version, "an integer")

        source_language = d.pop("source_language", MISSING)
        if source_language.__class__ is not str:
            if source_language is MISSING:
                source_language = missing_field(cls, "source_language")
                _missing += ("source_language",)
            else:
                source_language = unexpected_type(cls, "source_language", source_language, "a string")

        target_languages = d.pop("target_languages", MISSING)
        if target_languages.__class__ is not list:
            if target_languages is MISSING:
                target_languages = missing_field(cls, "target_languages")
                _missing += ("target_languages",)
            else:
                target_languages = unexpected_type(cls, "target_languages", target_languages, "an array")
        elif target_languages.__class__ is list and target_languages:
            check_items(cls, "target_languages", target_languages, (str,), "a string")

        input__raw = d.pop("input", MISSING)
        if input__raw is MISSING:
            input_ = missing_field(cls, "input")
            _missing += ("input",)
        else:
            try:
                input_ = DubbingMediaReference.from_dict(input__raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                input_ = deviating_field(cls, "input", input__raw)

        background_raw = d.pop("background", MISSING)
        if background_raw is MISSING:
            background = missing_field(cls, "background")
            _missing += ("background",)
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

        foreground_raw = d.pop("foreground", MISSING)
        if foreground_raw is MISSING:
            foreground = missing_field(cls, "foreground")
            _missing += ("foreground",)
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

        speaker_tracks_raw = d.pop("speaker_tracks", MISSING)
        if speaker_tracks_raw is MISSING:
            speaker_tracks = missing_field(cls, "speaker_tracks")
            _missing += ("speaker_tracks",)
        else:
            try:
                speaker_tracks = DubbingResourceSpeakerTracks.from_dict(speaker_tracks_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                speaker_tracks = deviating_field(cls, "speaker_tracks", speaker_tracks_raw)

        speaker_segments_raw = d.pop("speaker_segments", MISSING)
        if speaker_segments_raw is MISSING:
            speaker_segments = missing_field(cls, "speaker_segments")
            _missing += ("speaker_segments",)
        else:
            try:
                speaker_segments = DubbingResourceSpeakerSegments.from_dict(speaker_segments_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                speaker_segments = deviating_field(cls, "speaker_segments", speaker_segments_raw)

        renders_raw = d.pop("renders", MISSING)
        if renders_raw is MISSING:
            renders = missing_field(cls, "renders")
            _missing += ("renders",)
        else:
            try:
                renders = DubbingResourceRenders.from_dict(renders_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                renders = deviating_field(cls, "renders", renders_raw)

        dubbing_resource = cls(
            id=id,
            version=version,
            source_language=source_language,
            target_languages=target_languages,
            input_=input_,
            background=background,
            foreground=foreground,
            speaker_tracks=speaker_tracks,
            speaker_segments=speaker_segments,
            renders=renders,
        )
        if _missing:
            dubbing_resource._missing_fields = _missing
        dubbing_resource.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.dubbing_resource_renders import DubbingResourceRenders
from ..models.dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments
from ..models.dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks
