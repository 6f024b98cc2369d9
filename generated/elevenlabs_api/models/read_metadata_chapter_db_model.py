from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ReadMetadataChapterDbModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ReadMetadataChapterDbModel(Lazy):
    """Attributes:
    chapter_name (str):
    word_count (int):
    char_count (int):
    starting_char_offset (int):
    has_parsed_html (bool | Unset): Defaults to False on the server.
    has_summary (bool | Unset): Defaults to False on the server.
    duration_seconds (float | None | Unset):
    file_number (None | str | Unset):
    is_fallback_name (bool | Unset): Defaults to False on the server.
    chapter_id (None | str | Unset):
    """

    chapter_name: str

    word_count: int

    char_count: int

    starting_char_offset: int

    has_parsed_html: bool | Unset = UNSET

    has_summary: bool | Unset = UNSET

    duration_seconds: float | None | Unset = UNSET

    file_number: None | str | Unset = UNSET

    is_fallback_name: bool | Unset = UNSET

    chapter_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "chapter_name",
        "word_count",
        "char_count",
        "starting_char_offset",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        chapter_name = self.chapter_name

        word_count = self.word_count

        char_count = self.char_count

        starting_char_offset = self.starting_char_offset

        has_parsed_html = self.has_parsed_html

        has_summary = self.has_summary

        duration_seconds: Any
        try:
            duration_seconds = self.duration_seconds

        except (AttributeError, TypeError):
            duration_seconds = self.duration_seconds

        file_number: Any
        try:
            file_number = self.file_number

        except (AttributeError, TypeError):
            file_number = self.file_number

        is_fallback_name = self.is_fallback_name

        chapter_id: Any
        try:
            chapter_id = self.chapter_id

        except (AttributeError, TypeError):
            chapter_id = self.chapter_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chapter_name is not None or "chapter_name" not in self._missing_fields:
            field_dict["chapter_name"] = chapter_name
        if word_count is not None or "word_count" not in self._missing_fields:
            field_dict["word_count"] = word_count
        if char_count is not None or "char_count" not in self._missing_fields:
            field_dict["char_count"] = char_count
        if starting_char_offset is not None or "starting_char_offset" not in self._missing_fields:
            field_dict["starting_char_offset"] = starting_char_offset
        if has_parsed_html is not UNSET:
            field_dict["has_parsed_html"] = has_parsed_html
        if has_summary is not UNSET:
            field_dict["has_summary"] = has_summary
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if file_number is not UNSET:
            field_dict["file_number"] = file_number
        if is_fallback_name is not UNSET:
            field_dict["is_fallback_name"] = is_fallback_name
        if chapter_id is not UNSET:
            field_dict["chapter_id"] = chapter_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        read_metadata_chapter_db_model = cls.__new__(cls)
        read_metadata_chapter_db_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return read_metadata_chapter_db_model

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


_read_chapter_name = plain_reader("chapter_name", (str,), "a string", True)

_read_word_count = plain_reader("word_count", (int,), "an integer", True)

_read_char_count = plain_reader("char_count", (int,), "an integer", True)

_read_starting_char_offset = plain_reader("starting_char_offset", (int,), "an integer", True)

_read_has_parsed_html = plain_reader("has_parsed_html", (bool,), "a boolean", False)

_read_has_summary = plain_reader("has_summary", (bool,), "a boolean", False)

_read_duration_seconds = plain_reader(
    "duration_seconds",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_file_number = plain_reader(
    "file_number",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_fallback_name = plain_reader("is_fallback_name", (bool,), "a boolean", False)

_read_chapter_id = plain_reader(
    "chapter_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "chapter_name",
        "word_count",
        "char_count",
        "starting_char_offset",
        "has_parsed_html",
        "has_summary",
        "duration_seconds",
        "file_number",
        "is_fallback_name",
        "chapter_id",
    )
)


def _read_additional_properties(cls: type[ReadMetadataChapterDbModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ReadMetadataChapterDbModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    chapter_name = d.get("chapter_name", MISSING)
    if chapter_name.__class__ is not str:
        chapter_name = _read_chapter_name(cls, d)

    word_count = d.get("word_count", MISSING)
    if word_count.__class__ is not int:
        word_count = _read_word_count(cls, d)

    char_count = d.get("char_count", MISSING)
    if char_count.__class__ is not int:
        char_count = _read_char_count(cls, d)

    starting_char_offset = d.get("starting_char_offset", MISSING)
    if starting_char_offset.__class__ is not int:
        starting_char_offset = _read_starting_char_offset(cls, d)

    has_parsed_html = d.get("has_parsed_html", UNSET)
    if has_parsed_html.__class__ is not bool and has_parsed_html is not UNSET:
        has_parsed_html = _read_has_parsed_html(cls, d)

    has_summary = d.get("has_summary", UNSET)
    if has_summary.__class__ is not bool and has_summary is not UNSET:
        has_summary = _read_has_summary(cls, d)

    duration_seconds = d.get("duration_seconds", UNSET)
    if (
        duration_seconds.__class__ is not float
        and duration_seconds.__class__ is not int
        and duration_seconds is not None
        and duration_seconds is not UNSET
    ):
        duration_seconds = _read_duration_seconds(cls, d)

    file_number = d.get("file_number", UNSET)
    if file_number.__class__ is not str and file_number is not None and file_number is not UNSET:
        file_number = _read_file_number(cls, d)

    is_fallback_name = d.get("is_fallback_name", UNSET)
    if is_fallback_name.__class__ is not bool and is_fallback_name is not UNSET:
        is_fallback_name = _read_is_fallback_name(cls, d)

    chapter_id = d.get("chapter_id", UNSET)
    if chapter_id.__class__ is not str and chapter_id is not None and chapter_id is not UNSET:
        chapter_id = _read_chapter_id(cls, d)

    return {
        "chapter_name": chapter_name,
        "word_count": word_count,
        "char_count": char_count,
        "starting_char_offset": starting_char_offset,
        "has_parsed_html": has_parsed_html,
        "has_summary": has_summary,
        "duration_seconds": duration_seconds,
        "file_number": file_number,
        "is_fallback_name": is_fallback_name,
        "chapter_id": chapter_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ReadMetadataChapterDbModel,
    _all_fields,
    {
        "chapter_name": _read_chapter_name,
        "word_count": _read_word_count,
        "char_count": _read_char_count,
        "starting_char_offset": _read_starting_char_offset,
        "has_parsed_html": _read_has_parsed_html,
        "has_summary": _read_has_summary,
        "duration_seconds": _read_duration_seconds,
        "file_number": _read_file_number,
        "is_fallback_name": _read_is_fallback_name,
        "chapter_id": _read_chapter_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
