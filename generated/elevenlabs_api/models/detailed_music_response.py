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
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DetailedMusicResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DetailedMusicResponse(Lazy):
    """Response model for structured music generation endpoint

    Example:
        {'composition_plan': {'negative_global_styles': ['metal', 'hip-hop', 'country'], 'positive_global_styles':
        ['pop', 'rock', 'jazz'], 'sections': [{'duration_ms': 10000, 'lines': ['Verse 1 lyrics'],
        'negative_local_styles': ['metal', 'hip-hop', 'country'], 'positive_local_styles': ['pop', 'rock', 'jazz'],
        'section_name': 'Verse 1'}]}, 'song_metadata': {'description': 'My Song Description', 'genres': ['pop', 'rock',
        'jazz'], 'is_explicit': False, 'languages': ['en', 'fr'], 'title': 'My Song'}, 'words_timestamps': [{'end_ms':
        1000, 'start_ms': 0, 'word': 'Verse'}, {'end_ms': 2000, 'start_ms': 1000, 'word': '1'}, {'end_ms': 3000,
        'start_ms': 2000, 'word': 'lyrics'}]}

    Attributes:
        composition_plan (CompositionPlan | MusicPrompt): The composition plan used to generate the song
        song_metadata (SongMetadata):  Example: {'description': 'My Song Description', 'genres': ['pop', 'rock',
            'jazz'], 'is_explicit': False, 'languages': ['en', 'fr'], 'title': 'My Song'}.
        words_timestamps (list[WordTimestamp] | None): The timestamps of the words in the generated song
    """

    composition_plan: CompositionPlan | MusicPrompt

    song_metadata: SongMetadata

    words_timestamps: list[WordTimestamp] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "composition_plan",
        "song_metadata",
        "words_timestamps",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        composition_plan: Any
        try:
            if isinstance(self.composition_plan, MusicPrompt) or isinstance(self.composition_plan, CompositionPlan):
                composition_plan = self.composition_plan.to_dict()
            else:
                composition_plan = self.composition_plan

        except (AttributeError, TypeError):
            composition_plan = self.composition_plan

        song_metadata: Any
        try:
            song_metadata = self.song_metadata.to_dict()
        except (AttributeError, TypeError):
            song_metadata = self.song_metadata

        words_timestamps: Any
        try:
            if isinstance(self.words_timestamps, list):
                words_timestamps = []
                for words_timestamps_type_0_item_data in self.words_timestamps:
                    words_timestamps_type_0_item = words_timestamps_type_0_item_data.to_dict()
                    words_timestamps.append(words_timestamps_type_0_item)

            else:
                words_timestamps = self.words_timestamps

        except (AttributeError, TypeError):
            words_timestamps = self.words_timestamps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if composition_plan is not None or "composition_plan" not in self._missing_fields:
            field_dict["composition_plan"] = composition_plan
        if song_metadata is not None or "song_metadata" not in self._missing_fields:
            field_dict["song_metadata"] = song_metadata
        if words_timestamps is not None or "words_timestamps" not in self._missing_fields:
            field_dict["words_timestamps"] = words_timestamps
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        detailed_music_response = cls.__new__(cls)
        detailed_music_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return detailed_music_response

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


def _read_composition_plan(cls: type[DetailedMusicResponse], d: Mapping[str, Any]) -> Any:
    composition_plan_raw = d.get("composition_plan", MISSING)
    if composition_plan_raw is MISSING:
        composition_plan = missing_field(cls, "composition_plan")
    else:
        try:

            def _parse_composition_plan(data: object) -> CompositionPlan | MusicPrompt:
                return parse_strictly(_parse_composition_plan_member, data)

            def _parse_composition_plan_member(data: object) -> CompositionPlan | MusicPrompt:
                if isinstance(data, dict):
                    for known in (
                        MusicPrompt,
                        CompositionPlan,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    composition_plan_type_0 = MusicPrompt.from_dict(data)

                    return composition_plan_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                composition_plan_type_1 = CompositionPlan.from_dict(data)

                return composition_plan_type_1

            composition_plan = _parse_composition_plan(composition_plan_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            composition_plan = deviating_field(cls, "composition_plan", composition_plan_raw)

    return composition_plan


def _read_song_metadata(cls: type[DetailedMusicResponse], d: Mapping[str, Any]) -> Any:
    song_metadata_raw = d.get("song_metadata", MISSING)
    if song_metadata_raw is MISSING:
        song_metadata = missing_field(cls, "song_metadata")
    else:
        try:
            song_metadata = SongMetadata.from_dict(song_metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            song_metadata = deviating_field(cls, "song_metadata", song_metadata_raw)

    return song_metadata


def _read_words_timestamps(cls: type[DetailedMusicResponse], d: Mapping[str, Any]) -> Any:
    words_timestamps_raw = d.get("words_timestamps", MISSING)
    if words_timestamps_raw is MISSING:
        words_timestamps = missing_field(cls, "words_timestamps")
    else:
        try:

            def _parse_words_timestamps(data: object) -> list[WordTimestamp] | None:
                if data is None:
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                words_timestamps_type_0 = []
                _words_timestamps_type_0 = data
                for words_timestamps_type_0_item_data in _words_timestamps_type_0:
                    words_timestamps_type_0_item = WordTimestamp.from_dict(words_timestamps_type_0_item_data)

                    words_timestamps_type_0.append(words_timestamps_type_0_item)

                return words_timestamps_type_0

            words_timestamps = _parse_words_timestamps(words_timestamps_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            words_timestamps = deviating_field(cls, "words_timestamps", words_timestamps_raw)

    return words_timestamps


_FIELDS: frozenset[str] = frozenset(
    (
        "composition_plan",
        "song_metadata",
        "words_timestamps",
    )
)


def _read_additional_properties(cls: type[DetailedMusicResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DetailedMusicResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "composition_plan" in known:
        composition_plan = known["composition_plan"]
    else:
        composition_plan = _read_composition_plan(cls, d)

    if "song_metadata" in known:
        song_metadata = known["song_metadata"]
    else:
        song_metadata = _read_song_metadata(cls, d)

    if "words_timestamps" in known:
        words_timestamps = known["words_timestamps"]
    else:
        words_timestamps = d.get("words_timestamps", MISSING)
        if words_timestamps is not None:
            words_timestamps = _read_words_timestamps(cls, d)

    return {
        "composition_plan": composition_plan,
        "song_metadata": song_metadata,
        "words_timestamps": words_timestamps,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DetailedMusicResponse,
    _all_fields,
    {
        "composition_plan": _read_composition_plan,
        "song_metadata": _read_song_metadata,
        "words_timestamps": _read_words_timestamps,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.composition_plan import CompositionPlan
from ..models.music_prompt import MusicPrompt
from ..models.song_metadata import SongMetadata
from ..models.word_timestamp import WordTimestamp
