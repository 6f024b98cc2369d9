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
class WidgetLanguagePreset(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text_contents: The text contents for the selected language
    text_contents_translation: The translation cache for the text contents
    terms_text: The text to display for terms and conditions in this language
    terms_html: The HTML to display for terms and conditions in this language
    terms_key: The key to display for terms and conditions in this language
    terms_translation: The translation cache for the terms
    """

    text_contents: None | Unset | WidgetTextContents = UNSET

    text_contents_translation: None | Unset | WidgetTextContentsTranslation = UNSET

    terms_text: None | str | Unset = UNSET

    terms_html: None | str | Unset = UNSET

    terms_key: None | str | Unset = UNSET

    terms_translation: None | Unset | WidgetTermsTranslation = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text_contents", "text_contents", union(object_of("WidgetTextContents"), NULL)),
        Field(
            "text_contents_translation",
            "text_contents_translation",
            union(object_of("WidgetTextContentsTranslation"), NULL),
        ),
        Field("terms_text", "terms_text", union(STR, NULL)),
        Field("terms_html", "terms_html", union(STR, NULL)),
        Field("terms_key", "terms_key", union(STR, NULL)),
        Field("terms_translation", "terms_translation", union(object_of("WidgetTermsTranslation"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_terms_translation import WidgetTermsTranslation
from ..models.widget_text_contents import WidgetTextContents
from ..models.widget_text_contents_translation import WidgetTextContentsTranslation
