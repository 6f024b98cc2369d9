from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ImageAnalysisResult(Lazy, AdditionalProperties[Any]):
    """Attributes:
    visible_text: Readable text overlaid or shown in the image, if any.
    """

    title: str

    description: str

    content_type: None | str | Unset = UNSET

    mood_and_style: None | str | Unset = UNSET

    composition_notes: None | str | Unset = UNSET

    visible_text: None | str | Unset = UNSET

    subjects: list[ImageSubject] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("mood_and_style", "mood_and_style", union(STR, NULL)),
        Field("composition_notes", "composition_notes", union(STR, NULL)),
        Field("visible_text", "visible_text", union(STR, NULL)),
        Field("subjects", "subjects", list_of(object_of("ImageSubject"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.image_subject import ImageSubject
