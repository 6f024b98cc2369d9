from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="GetChaptersResponseModel")


@_attrs_define
class GetChaptersResponseModel:
    """Attributes:
    chapters (list[ChapterResponseModel]):
    """

    chapters: list[ChapterResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        chapters: Any
        try:
            chapters = []
            for chapters_item_data in self.chapters:
                chapters_item = chapters_item_data.to_dict()
                chapters.append(chapters_item)

        except (AttributeError, TypeError):
            chapters = self.chapters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chapters is not None or "chapters" not in self._missing_fields:
            field_dict["chapters"] = chapters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chapters_raw = d.pop("chapters", MISSING)
        if chapters_raw is MISSING:
            chapters = missing_field(cls, "chapters")
            _missing += ("chapters",)
        else:
            try:
                expect_array("chapters", chapters_raw)
                chapters = []
                _chapters = chapters_raw
                for chapters_item_data in _chapters:
                    chapters_item = ChapterResponseModel.from_dict(chapters_item_data)

                    chapters.append(chapters_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                chapters = deviating_field(cls, "chapters", chapters_raw)

        get_chapters_response_model = cls(
            chapters=chapters,
        )
        if _missing:
            get_chapters_response_model._missing_fields = _missing
        get_chapters_response_model.additional_properties = d
        return get_chapters_response_model

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
from ..models.chapter_response_model import ChapterResponseModel
