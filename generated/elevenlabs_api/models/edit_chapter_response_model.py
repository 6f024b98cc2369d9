from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="EditChapterResponseModel")


@_attrs_define
class EditChapterResponseModel:
    """Attributes:
    chapter (ChapterWithContentResponseModel):  Example: {'can_be_downloaded': True, 'chapter_id':
        'aw1NgEzBg83R7vgmiJt6', 'content': {'blocks': []}, 'conversion_progress': 0.5, 'last_conversion_date_unix':
        1714204800, 'name': 'Chapter 1', 'state': 'default', 'statistics': {'characters_converted': 200,
        'characters_unconverted': 100, 'paragraphs_converted': 5, 'paragraphs_unconverted': 3}}.
    """

    chapter: ChapterWithContentResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chapter_raw = d.pop("chapter", MISSING)
        if chapter_raw is MISSING:
            chapter = missing_field(cls, "chapter")
            _missing += ("chapter",)
        else:
            try:
                chapter = ChapterWithContentResponseModel.from_dict(chapter_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                chapter = deviating_field(cls, "chapter", chapter_raw)

        edit_chapter_response_model = cls(
            chapter=chapter,
        )
        if _missing:
            edit_chapter_response_model._missing_fields = _missing
        edit_chapter_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_with_content_response_model import ChapterWithContentResponseModel
