from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        title: None | str = self.title

        description: None | str = self.description

        genres = self.genres

        languages = self.languages

        is_explicit: bool | None = self.is_explicit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["title"] = title
        field_dict["description"] = description
        field_dict["genres"] = genres
        field_dict["languages"] = languages
        field_dict["is_explicit"] = is_explicit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        genres = cast(list[str], d.pop("genres"))

        languages = cast(list[str], d.pop("languages"))

        is_explicit = d.pop("is_explicit")

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
