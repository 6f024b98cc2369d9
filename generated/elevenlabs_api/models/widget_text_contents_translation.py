from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class WidgetTextContentsTranslation(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source: The source text each translated field was derived from
    text: The last auto-translated output for each translated field
    """

    source: WidgetTextContentsTranslationSource | Unset = UNSET

    text: WidgetTextContentsTranslationText | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", object_of("WidgetTextContentsTranslationSource")),
        Field("text", "text", object_of("WidgetTextContentsTranslationText")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_text_contents_translation_source import WidgetTextContentsTranslationSource
from ..models.widget_text_contents_translation_text import WidgetTextContentsTranslationText
