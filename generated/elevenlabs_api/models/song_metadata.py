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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SongMetadata")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SongMetadata(Lazy):
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

    title: None | str = _attrs_field(default=None, kw_only=True)

    description: None | str = _attrs_field(default=None, kw_only=True)

    genres: list[str]

    languages: list[str]

    is_explicit: bool | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "title",
        "description",
        "genres",
        "languages",
        "is_explicit",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        song_metadata = cls.__new__(cls)
        song_metadata.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_genres = plain_reader("genres", (list,), "an array", True, ((str,), "a string"))

_read_languages = plain_reader("languages", (list,), "an array", True, ((str,), "a string"))

_read_is_explicit = plain_reader(
    "is_explicit",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "title",
        "description",
        "genres",
        "languages",
        "is_explicit",
    )
)


def _read_additional_properties(cls: type[SongMetadata], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SongMetadata], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    title = d.get("title", MISSING)
    if title.__class__ is not str and title is not None:
        title = _read_title(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str and description is not None:
        description = _read_description(cls, d)

    genres = d.get("genres", MISSING)
    if genres.__class__ is not list:
        genres = _read_genres(cls, d)
    elif genres.__class__ is list and genres:
        check_items(cls, "genres", genres, (str,), "a string")

    languages = d.get("languages", MISSING)
    if languages.__class__ is not list:
        languages = _read_languages(cls, d)
    elif languages.__class__ is list and languages:
        check_items(cls, "languages", languages, (str,), "a string")

    is_explicit = d.get("is_explicit", MISSING)
    if is_explicit.__class__ is not bool and is_explicit is not None:
        is_explicit = _read_is_explicit(cls, d)

    return {
        "title": title,
        "description": description,
        "genres": genres,
        "languages": languages,
        "is_explicit": is_explicit,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SongMetadata,
    _all_fields,
    {
        "title": _read_title,
        "description": _read_description,
        "genres": _read_genres,
        "languages": _read_languages,
        "is_explicit": _read_is_explicit,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
