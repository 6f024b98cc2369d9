from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if genres is not None or "genres" not in self._missing_fields:
            field_dict["genres"] = genres
        if languages is not None or "languages" not in self._missing_fields:
            field_dict["languages"] = languages
        if is_explicit is not None or "is_explicit" not in self._missing_fields:
            field_dict["is_explicit"] = is_explicit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        title = d.pop("title", MISSING)
        if title.__class__ is not str and title is not None:
            if title is MISSING:
                title = missing_field(cls, "title")
                _missing += ("title",)
            else:
                title = unexpected_type(cls, "title", title, "a string or null")

        description = d.pop("description", MISSING)
        if description.__class__ is not str and description is not None:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string or null")

        genres = d.pop("genres", MISSING)
        if genres.__class__ is not list:
            if genres is MISSING:
                genres = missing_field(cls, "genres")
                _missing += ("genres",)
            else:
                genres = unexpected_type(cls, "genres", genres, "an array")
        elif genres.__class__ is list and genres:
            check_items(cls, "genres", genres, (str,), "a string")

        languages = d.pop("languages", MISSING)
        if languages.__class__ is not list:
            if languages is MISSING:
                languages = missing_field(cls, "languages")
                _missing += ("languages",)
            else:
                languages = unexpected_type(cls, "languages", languages, "an array")
        elif languages.__class__ is list and languages:
            check_items(cls, "languages", languages, (str,), "a string")

        is_explicit = d.pop("is_explicit", MISSING)
        if is_explicit.__class__ is not bool and is_explicit is not None:
            if is_explicit is MISSING:
                is_explicit = missing_field(cls, "is_explicit")
                _missing += ("is_explicit",)
            else:
                is_explicit = unexpected_type(cls, "is_explicit", is_explicit, "a boolean or null")

        song_metadata = cls(
            title=title,
            description=description,
            genres=genres,
            languages=languages,
            is_explicit=is_explicit,
        )
        if _missing:
            song_metadata._missing_fields = _missing
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
