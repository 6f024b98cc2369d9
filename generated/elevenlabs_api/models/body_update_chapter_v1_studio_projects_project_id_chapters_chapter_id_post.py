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
    object_of,
    union,
)


@_attrs_define(slots=False)
class BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the chapter, used for identification only.
    content: The chapter content to use.
    """

    name: None | str | Unset = UNSET

    content: ChapterContentInputModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("content", "content", union(object_of("ChapterContentInputModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_input_model import ChapterContentInputModel
