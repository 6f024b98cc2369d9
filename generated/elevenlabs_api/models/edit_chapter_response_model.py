from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class EditChapterResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    chapter:  Example: {'can_be_downloaded': True, 'chapter_id': 'aw1NgEzBg83R7vgmiJt6', 'content': {'blocks': []},
        'conversion_progress': 0.5, 'last_conversion_date_unix': 1714204800, 'name': 'Chapter 1', 'state': 'default',
        'statistics': {'characters_converted': 200, 'characters_unconverted': 100, 'paragraphs_converted': 5,
        'paragraphs_unconverted': 3}}.
    """

    chapter: ChapterWithContentResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chapter", "chapter", object_of("ChapterWithContentResponseModel"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_with_content_response_model import ChapterWithContentResponseModel
