from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ImageAnalysisResult")


@_attrs_define
class ImageAnalysisResult:
    """Attributes:
    title (str):
    description (str):
    content_type (None | str | Unset):
    mood_and_style (None | str | Unset):
    composition_notes (None | str | Unset):
    visible_text (None | str | Unset): Readable text overlaid or shown in the image, if any.
    subjects (list[ImageSubject] | Unset):
    """

    title: str

    description: str

    content_type: None | str | Unset = UNSET

    mood_and_style: None | str | Unset = UNSET

    composition_notes: None | str | Unset = UNSET

    visible_text: None | str | Unset = UNSET

    subjects: list[ImageSubject] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        content_type: Any
        try:
            content_type = self.content_type

        except (AttributeError, TypeError):
            content_type = self.content_type

        mood_and_style: Any
        try:
            mood_and_style = self.mood_and_style

        except (AttributeError, TypeError):
            mood_and_style = self.mood_and_style

        composition_notes: Any
        try:
            composition_notes = self.composition_notes

        except (AttributeError, TypeError):
            composition_notes = self.composition_notes

        visible_text: Any
        try:
            visible_text = self.visible_text

        except (AttributeError, TypeError):
            visible_text = self.visible_text

        subjects: Any
        try:
            subjects = UNSET
            if not isinstance(self.subjects, Unset):
                subjects = []
                for subjects_item_data in self.subjects:
                    subjects_item = subjects_item_data.to_dict()
                    subjects.append(subjects_item)

        except (AttributeError, TypeError):
            subjects = self.subjects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if mood_and_style is not UNSET:
            field_dict["mood_and_style"] = mood_and_style
        if composition_notes is not UNSET:
            field_dict["composition_notes"] = composition_notes
        if visible_text is not UNSET:
            field_dict["visible_text"] = visible_text
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        title = d.pop("title", MISSING)
        if title.__class__ is not str:
            if title is MISSING:
                title = missing_field(cls, "title")
                _missing += ("title",)
            else:
                title = unexpected_type(cls, "title", title, "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        content_type = d.pop("content_type", UNSET)
        if content_type.__class__ is not str and content_type is not None and content_type is not UNSET:
            content_type = unexpected_type(cls, "content_type", content_type, "a string or null")

        mood_and_style = d.pop("mood_and_style", UNSET)
        if mood_and_style.__class__ is not str and mood_and_style is not None and mood_and_style is not UNSET:
            mood_and_style = unexpected_type(cls, "mood_and_style", mood_and_style, "a string or null")

        composition_notes = d.pop("composition_notes", UNSET)
        if composition_notes.__class__ is not str and composition_notes is not None and composition_notes is not UNSET:
            composition_notes = unexpected_type(cls, "composition_notes", composition_notes, "a string or null")

        visible_text = d.pop("visible_text", UNSET)
        if visible_text.__class__ is not str and visible_text is not None and visible_text is not UNSET:
            visible_text = unexpected_type(cls, "visible_text", visible_text, "a string or null")

        subjects_raw = d.pop("subjects", UNSET)
        try:
            expect_array("subjects", subjects_raw)
            _subjects = subjects_raw
            subjects: list[ImageSubject] | Unset = UNSET
            if _subjects is not UNSET:
                subjects = []
                for subjects_item_data in _subjects:
                    subjects_item = ImageSubject.from_dict(subjects_item_data)

                    subjects.append(subjects_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            subjects = deviating_field(cls, "subjects", subjects_raw)

        image_analysis_result = cls(
            title=title,
            description=description,
            content_type=content_type,
            mood_and_style=mood_and_style,
            composition_notes=composition_notes,
            visible_text=visible_text,
            subjects=subjects,
        )
        if _missing:
            image_analysis_result._missing_fields = _missing
        image_analysis_result.additional_properties = d
        return image_analysis_result

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
from ..models.image_subject import ImageSubject
