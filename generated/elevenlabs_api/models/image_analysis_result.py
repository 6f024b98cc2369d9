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
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ImageAnalysisResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ImageAnalysisResult(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "title",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        image_analysis_result = cls.__new__(cls)
        image_analysis_result.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_title = plain_reader("title", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_content_type = plain_reader(
    "content_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_mood_and_style = plain_reader(
    "mood_and_style",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_composition_notes = plain_reader(
    "composition_notes",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_visible_text = plain_reader(
    "visible_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_subjects(cls: type[ImageAnalysisResult], d: Mapping[str, Any]) -> Any:
    subjects_raw = d.get("subjects", UNSET)
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

    return subjects


_FIELDS: frozenset[str] = frozenset(
    (
        "title",
        "description",
        "content_type",
        "mood_and_style",
        "composition_notes",
        "visible_text",
        "subjects",
    )
)


def _read_additional_properties(cls: type[ImageAnalysisResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ImageAnalysisResult], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    title = d.get("title", MISSING)
    if title.__class__ is not str:
        title = _read_title(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    content_type = d.get("content_type", UNSET)
    if content_type.__class__ is not str and content_type is not None and content_type is not UNSET:
        content_type = _read_content_type(cls, d)

    mood_and_style = d.get("mood_and_style", UNSET)
    if mood_and_style.__class__ is not str and mood_and_style is not None and mood_and_style is not UNSET:
        mood_and_style = _read_mood_and_style(cls, d)

    composition_notes = d.get("composition_notes", UNSET)
    if composition_notes.__class__ is not str and composition_notes is not None and composition_notes is not UNSET:
        composition_notes = _read_composition_notes(cls, d)

    visible_text = d.get("visible_text", UNSET)
    if visible_text.__class__ is not str and visible_text is not None and visible_text is not UNSET:
        visible_text = _read_visible_text(cls, d)

    if "subjects" in known:
        subjects = known["subjects"]
    else:
        subjects = d.get("subjects", UNSET)
        if subjects is not UNSET:
            subjects = _read_subjects(cls, d)

    return {
        "title": title,
        "description": description,
        "content_type": content_type,
        "mood_and_style": mood_and_style,
        "composition_notes": composition_notes,
        "visible_text": visible_text,
        "subjects": subjects,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ImageAnalysisResult,
    _all_fields,
    {
        "title": _read_title,
        "description": _read_description,
        "content_type": _read_content_type,
        "mood_and_style": _read_mood_and_style,
        "composition_notes": _read_composition_notes,
        "visible_text": _read_visible_text,
        "subjects": _read_subjects,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.image_subject import ImageSubject
