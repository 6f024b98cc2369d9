from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class WidgetTermsTranslation(Lazy, AdditionalProperties[Any]):
    source_hash: str

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source_hash", "source_hash", STR, required=True),
        Field("text", "text", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class WidgetTextContentsTranslationSource(Lazy, AdditionalProperties["str"]):
    """The source text each translated field was derived from"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class WidgetTextContentsTranslationText(Lazy, AdditionalProperties["str"]):
    """The last auto-translated output for each translated field"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_text_contents import WidgetTextContents
