from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SongSourceContext")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SongSourceContext(Lazy):
    """Attributes:
    song_id (str):
    source_type (Literal['song'] | Unset):  Default: 'song'.
    chat_id (None | str | Unset):
    title (None | str | Unset):
    description (None | str | Unset):
    genres (list[str] | Unset):
    languages (list[str] | Unset):
    is_explicit (bool | None | Unset):
    bpm (int | None | Unset):
    generation_settings (None | SongSourceContextGenerationSettingsType0 | Unset):
    """

    song_id: str

    source_type: Literal["song"] | Unset = _attrs_field(
        default="song",
        kw_only=True,
        validator=types.tag("SongSourceContext", "source_type", "song"),
    )

    chat_id: None | str | Unset = UNSET

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    genres: list[str] | Unset = UNSET

    languages: list[str] | Unset = UNSET

    is_explicit: bool | None | Unset = UNSET

    bpm: int | None | Unset = UNSET

    generation_settings: None | SongSourceContextGenerationSettingsType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("song_id",)
    _tags: ClassVar[tuple[str, ...]] = ("source_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source_type", "song")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        song_id = self.song_id

        source_type = self.source_type

        chat_id: Any
        try:
            chat_id = self.chat_id

        except (AttributeError, TypeError):
            chat_id = self.chat_id

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
            genres = UNSET
            if not isinstance(self.genres, Unset):
                genres = self.genres

        except (AttributeError, TypeError):
            genres = self.genres

        languages: Any
        try:
            languages = UNSET
            if not isinstance(self.languages, Unset):
                languages = self.languages

        except (AttributeError, TypeError):
            languages = self.languages

        is_explicit: Any
        try:
            is_explicit = self.is_explicit

        except (AttributeError, TypeError):
            is_explicit = self.is_explicit

        bpm: Any
        try:
            bpm = self.bpm

        except (AttributeError, TypeError):
            bpm = self.bpm

        generation_settings: Any
        try:
            if isinstance(self.generation_settings, Unset):
                generation_settings = UNSET
            elif isinstance(self.generation_settings, SongSourceContextGenerationSettingsType0):
                generation_settings = self.generation_settings.to_dict()
            else:
                generation_settings = self.generation_settings

        except (AttributeError, TypeError):
            generation_settings = self.generation_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if song_id is not None or "song_id" not in self._missing_fields:
            field_dict["song_id"] = song_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
        if languages is not UNSET:
            field_dict["languages"] = languages
        if is_explicit is not UNSET:
            field_dict["is_explicit"] = is_explicit
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if generation_settings is not UNSET:
            field_dict["generation_settings"] = generation_settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        song_source_context = cls.__new__(cls)
        song_source_context.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return song_source_context

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


def _read_source_type(cls: type[SongSourceContext], d: Mapping[str, Any]) -> Any:
    source_type_raw = d.get("source_type", UNSET)
    source_type = cast(Literal["song"] | Unset, source_type_raw)
    if source_type != "song" and not isinstance(source_type, Unset):
        raise ValueError(f"source_type must match const 'song', got '{source_type}'")

    return source_type


_read_song_id = plain_reader("song_id", (str,), "a string", True)

_read_chat_id = plain_reader(
    "chat_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_genres = plain_reader("genres", (list,), "an array", False, ((str,), "a string"))

_read_languages = plain_reader("languages", (list,), "an array", False, ((str,), "a string"))

_read_is_explicit = plain_reader(
    "is_explicit",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_bpm = plain_reader(
    "bpm",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_generation_settings(cls: type[SongSourceContext], d: Mapping[str, Any]) -> Any:
    generation_settings_raw = d.get("generation_settings", UNSET)
    try:

        def _parse_generation_settings(data: object) -> None | SongSourceContextGenerationSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            generation_settings_type_0 = SongSourceContextGenerationSettingsType0.from_dict(data)

            return generation_settings_type_0

        generation_settings = _parse_generation_settings(generation_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        generation_settings = deviating_field(cls, "generation_settings", generation_settings_raw)

    return generation_settings


_FIELDS: frozenset[str] = frozenset(
    (
        "song_id",
        "source_type",
        "chat_id",
        "title",
        "description",
        "genres",
        "languages",
        "is_explicit",
        "bpm",
        "generation_settings",
    )
)


def _read_additional_properties(cls: type[SongSourceContext], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SongSourceContext], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source_type" in known:
        source_type = known["source_type"]
    else:
        source_type = d.get("source_type", UNSET)
        if source_type is not UNSET:
            source_type = _read_source_type(cls, d)

    song_id = d.get("song_id", MISSING)
    if song_id.__class__ is not str:
        song_id = _read_song_id(cls, d)

    chat_id = d.get("chat_id", UNSET)
    if chat_id.__class__ is not str and chat_id is not None and chat_id is not UNSET:
        chat_id = _read_chat_id(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    genres = d.get("genres", UNSET)
    if genres.__class__ is not list and genres is not UNSET:
        genres = _read_genres(cls, d)
    elif genres.__class__ is list and genres:
        check_items(cls, "genres", genres, (str,), "a string")

    languages = d.get("languages", UNSET)
    if languages.__class__ is not list and languages is not UNSET:
        languages = _read_languages(cls, d)
    elif languages.__class__ is list and languages:
        check_items(cls, "languages", languages, (str,), "a string")

    is_explicit = d.get("is_explicit", UNSET)
    if is_explicit.__class__ is not bool and is_explicit is not None and is_explicit is not UNSET:
        is_explicit = _read_is_explicit(cls, d)

    bpm = d.get("bpm", UNSET)
    if bpm.__class__ is not int and bpm is not None and bpm is not UNSET:
        bpm = _read_bpm(cls, d)

    if "generation_settings" in known:
        generation_settings = known["generation_settings"]
    else:
        generation_settings = d.get("generation_settings", UNSET)
        if generation_settings is not UNSET and generation_settings is not None:
            generation_settings = _read_generation_settings(cls, d)

    return {
        "song_id": song_id,
        "source_type": source_type,
        "chat_id": chat_id,
        "title": title,
        "description": description,
        "genres": genres,
        "languages": languages,
        "is_explicit": is_explicit,
        "bpm": bpm,
        "generation_settings": generation_settings,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SongSourceContext,
    _all_fields,
    {
        "song_id": _read_song_id,
        "source_type": _read_source_type,
        "chat_id": _read_chat_id,
        "title": _read_title,
        "description": _read_description,
        "genres": _read_genres,
        "languages": _read_languages,
        "is_explicit": _read_is_explicit,
        "bpm": _read_bpm,
        "generation_settings": _read_generation_settings,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.song_source_context_generation_settings_type_0 import SongSourceContextGenerationSettingsType0
