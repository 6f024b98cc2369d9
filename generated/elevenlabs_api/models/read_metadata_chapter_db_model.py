from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ReadMetadataChapterDBModel")


@_attrs_define
class ReadMetadataChapterDBModel:
    """Attributes:
    chapter_name (str):
    word_count (int):
    char_count (int):
    starting_char_offset (int):
    has_parsed_html (bool | Unset):  Default: False.
    has_summary (bool | Unset):  Default: False.
    duration_seconds (float | None | Unset):
    file_number (None | str | Unset):
    is_fallback_name (bool | Unset):  Default: False.
    chapter_id (None | str | Unset):
    """

    chapter_name: str

    word_count: int

    char_count: int

    starting_char_offset: int

    has_parsed_html: bool | Unset = False

    has_summary: bool | Unset = False

    duration_seconds: float | None | Unset = UNSET

    file_number: None | str | Unset = UNSET

    is_fallback_name: bool | Unset = False

    chapter_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chapter_name = d.pop("chapter_name", MISSING)
        if chapter_name.__class__ is not str:
            if chapter_name is MISSING:
                chapter_name = missing_field(cls, "chapter_name")
                _missing += ("chapter_name",)
            else:
                chapter_name = unexpected_type(cls, "chapter_name", chapter_name, "a string")

        word_count = d.pop("word_count", MISSING)
        if word_count.__class__ is not int:
            if word_count is MISSING:
                word_count = missing_field(cls, "word_count")
                _missing += ("word_count",)
            else:
                word_count = unexpected_type(cls, "word_count", word_count, "an integer")

        char_count = d.pop("char_count", MISSING)
        if char_count.__class__ is not int:
            if char_count is MISSING:
                char_count = missing_field(cls, "char_count")
                _missing += ("char_count",)
            else:
                char_count = unexpected_type(cls, "char_count", char_count, "an integer")

        starting_char_offset = d.pop("starting_char_offset", MISSING)
        if starting_char_offset.__class__ is not int:
            if starting_char_offset is MISSING:
                starting_char_offset = missing_field(cls, "starting_char_offset")
                _missing += ("starting_char_offset",)
            else:
                starting_char_offset = unexpected_type(cls, "starting_char_offset", starting_char_offset, "an integer")

        has_parsed_html = d.pop("has_parsed_html", UNSET)
        if has_parsed_html.__class__ is not bool and has_parsed_html is not UNSET:
            has_parsed_html = unexpected_type(cls, "has_parsed_html", has_parsed_html, "a boolean")

        has_summary = d.pop("has_summary", UNSET)
        if has_summary.__class__ is not bool and has_summary is not UNSET:
            has_summary = unexpected_type(cls, "has_summary", has_summary, "a boolean")

        duration_seconds = d.pop("duration_seconds", UNSET)
        if (
            duration_seconds.__class__ is not float
            and duration_seconds.__class__ is not int
            and duration_seconds is not None
            and duration_seconds is not UNSET
        ):
            duration_seconds = unexpected_type(cls, "duration_seconds", duration_seconds, "a number or null")

        file_number = d.pop("file_number", UNSET)
        if file_number.__class__ is not str and file_number is not None and file_number is not UNSET:
            file_number = unexpected_type(cls, "file_number", file_number, "a string or null")

        is_fallback_name = d.pop("is_fallback_name", UNSET)
        if is_fallback_name.__class__ is not bool and is_fallback_name is not UNSET:
            is_fallback_name = unexpected_type(cls, "is_fallback_name", is_fallback_name, "a boolean")

        chapter_id = d.pop("chapter_id", UNSET)
        if chapter_id.__class__ is not str and chapter_id is not None and chapter_id is not UNSET:
            chapter_id = unexpected_type(cls, "chapter_id", chapter_id, "a string or null")

        read_metadata_chapter_db_model = cls(
            chapter_name=chapter_name,
            word_count=word_count,
            char_count=char_count,
            starting_char_offset=starting_char_offset,
            has_parsed_html=has_parsed_html,
            has_summary=has_summary,
            duration_seconds=duration_seconds,
            file_number=file_number,
            is_fallback_name=is_fallback_name,
            chapter_id=chapter_id,
        )
        if _missing:
            read_metadata_chapter_db_model._missing_fields = _missing
        read_metadata_chapter_db_model.additional_properties = d
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
