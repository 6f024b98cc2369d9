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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="EditChapterResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class EditChapterResponseModel(Lazy):
    """Attributes:
    chapter (ChapterWithContentResponseModel):  Example: {'can_be_downloaded': True, 'chapter_id':
        'aw1NgEzBg83R7vgmiJt6', 'content': {'blocks': []}, 'conversion_progress': 0.5, 'last_conversion_date_unix':
        1714204800, 'name': 'Chapter 1', 'state': 'default', 'statistics': {'characters_converted': 200,
        'characters_unconverted': 100, 'paragraphs_converted': 5, 'paragraphs_unconverted': 3}}.
    """

    chapter: ChapterWithContentResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("chapter",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        chapter: Any
        try:
            chapter = self.chapter.to_dict()
        except (AttributeError, TypeError):
            chapter = self.chapter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chapter is not None or "chapter" not in self._missing_fields:
            field_dict["chapter"] = chapter
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        edit_chapter_response_model = cls.__new__(cls)
        edit_chapter_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return edit_chapter_response_model

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


def _read_chapter(cls: type[EditChapterResponseModel], d: Mapping[str, Any]) -> Any:
    chapter_raw = d.get("chapter", MISSING)
    if chapter_raw is MISSING:
        chapter = missing_field(cls, "chapter")
    else:
        try:
            chapter = ChapterWithContentResponseModel.from_dict(chapter_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            chapter = deviating_field(cls, "chapter", chapter_raw)

    return chapter


_FIELDS: frozenset[str] = frozenset(("chapter",))


def _read_additional_properties(cls: type[EditChapterResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[EditChapterResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "chapter" in known:
        chapter = known["chapter"]
    else:
        chapter = _read_chapter(cls, d)

    return {
        "chapter": chapter,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    EditChapterResponseModel,
    _all_fields,
    {
        "chapter": _read_chapter,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_with_content_response_model import ChapterWithContentResponseModel
