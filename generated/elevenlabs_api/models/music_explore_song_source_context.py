from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MusicExploreSongSourceContext")


@_attrs_define
class MusicExploreSongSourceContext:
    """Attributes:
    music_explore_song_id (str):
    source_type (Literal['music_explore_song'] | Unset):  Default: 'music_explore_song'.
    title (None | str | Unset):
    description (None | str | Unset):
    bpm (int | None | Unset):
    vocals (None | str | Unset):
    lyrics (None | str | Unset):
    """

    music_explore_song_id: str

    source_type: Literal["music_explore_song"] | Unset = "music_explore_song"

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    bpm: int | None | Unset = UNSET

    vocals: None | str | Unset = UNSET

    lyrics: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source_type", "music_explore_song")

    def to_dict(self) -> dict[str, Any]:
        music_explore_song_id = self.music_explore_song_id

        source_type = self.source_type

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        bpm: Any
        try:
            bpm = self.bpm

        except (AttributeError, TypeError):
            bpm = self.bpm

        vocals: Any
        try:
            vocals = self.vocals

        except (AttributeError, TypeError):
            vocals = self.vocals

        lyrics: Any
        try:
            lyrics = self.lyrics

        except (AttributeError, TypeError):
            lyrics = self.lyrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if music_explore_song_id is not None or "music_explore_song_id" not in self._missing_fields:
            field_dict["music_explore_song_id"] = music_explore_song_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if vocals is not UNSET:
            field_dict["vocals"] = vocals
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        source_type_raw = d.pop("source_type", UNSET)
        source_type = cast(Literal["music_explore_song"] | Unset, source_type_raw)
        if source_type != "music_explore_song" and not isinstance(source_type, Unset):
            raise ValueError(f"source_type must match const 'music_explore_song', got '{source_type}'")

        music_explore_song_id = d.pop("music_explore_song_id", MISSING)
        if music_explore_song_id.__class__ is not str:
            if music_explore_song_id is MISSING:
                music_explore_song_id = missing_field(cls, "music_explore_song_id")
                _missing += ("music_explore_song_id",)
            else:
                music_explore_song_id = unexpected_type(cls, "music_explore_song_id", music_explore_song_id, "a string")

        title = d.pop("title", UNSET)
        if title.__class__ is not str and title is not None and title is not UNSET:
            title = unexpected_type(cls, "title", title, "a string or null")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        bpm = d.pop("bpm", UNSET)
        if bpm.__class__ is not int and bpm is not None and bpm is not UNSET:
            bpm = unexpected_type(cls, "bpm", bpm, "an integer or null")

        vocals = d.pop("vocals", UNSET)
        if vocals.__class__ is not str and vocals is not None and vocals is not UNSET:
            vocals = unexpected_type(cls, "vocals", vocals, "a string or null")

        lyrics = d.pop("lyrics", UNSET)
        if lyrics.__class__ is not str and lyrics is not None and lyrics is not UNSET:
            lyrics = unexpected_type(cls, "lyrics", lyrics, "a string or null")

        music_explore_song_source_context = cls(
            music_explore_song_id=music_explore_song_id,
            source_type=source_type,
            title=title,
            description=description,
            bpm=bpm,
            vocals=vocals,
            lyrics=lyrics,
        )
        if _missing:
            music_explore_song_source_context._missing_fields = _missing
        music_explore_song_source_context.additional_properties = d
        return music_explore_song_source_context

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
