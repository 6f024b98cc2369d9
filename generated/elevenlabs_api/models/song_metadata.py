from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="SongMetadata")


@_attrs_define
class SongMetadata:
    """Example:
        {'description': 'My Song Description', 'genres': ['pop', 'rock', 'jazz'], 'is_explicit': False, 'languages':
        ['en', 'fr'], 'title': 'My Song'}

    Attributes:
        title (None | str): The title of the song
        description (None | str): The description of the song
        genres (list[str]): The genres of the song
        languages (list[str]): The languages of the song
        is_explicit (bool | None): Whether the song is explicit
    """

    title: None | str

    description: None | str

    genres: list[str]

    languages: list[str]

    is_explicit: bool | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        genres: Any
        try:
            genres = self.genres

        except (AttributeError, TypeError):
            genres = self.genres

        languages: Any
        try:
            languages = self.languages

        except (AttributeError, TypeError):
            languages = self.languages

        is_explicit: Any
        try:
            is_explicit = self.is_explicit

        except (AttributeError, TypeError):
            is_explicit = self.is_explicit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["title"] = title
        field_dict["description"] = description
        if genres is not None:
            field_dict["genres"] = genres
        if languages is not None:
            field_dict["languages"] = languages
        field_dict["is_explicit"] = is_explicit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        title = d.pop("title", MISSING)
        if title is MISSING:
            title = missing_field(cls, "title")

        description = d.pop("description", MISSING)
        if description is MISSING:
            description = missing_field(cls, "description")

        genres_raw = d.pop("genres", MISSING)
        if genres_raw is MISSING:
            genres_raw = missing_field(cls, "genres")
        try:
            genres = cast(list[str], genres_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            genres = deviating_field(cls, "genres", genres_raw)

        languages_raw = d.pop("languages", MISSING)
        if languages_raw is MISSING:
            languages_raw = missing_field(cls, "languages")
        try:
            languages = cast(list[str], languages_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            languages = deviating_field(cls, "languages", languages_raw)

        is_explicit = d.pop("is_explicit", MISSING)
        if is_explicit is MISSING:
            is_explicit = missing_field(cls, "is_explicit")

        song_metadata = cls(
            title=title,
            description=description,
            genres=genres,
            languages=languages,
            is_explicit=is_explicit,
        )
        song_metadata.additional_properties = d
        return song_metadata

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
