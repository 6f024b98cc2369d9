from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of


@_attrs_define(slots=False)
class SayNodeLiteralMessageOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'literal'.
    text: Literal text message to be spoken by the agent.
    text_translations: Translations for the text field
    """

    text: str

    text_translations: SayNodeLiteralMessageOutputTextTranslations

    type_: Literal["literal"] = _attrs_field(
        default="literal",
        kw_only=True,
        alias="type",
        validator=types.tag("SayNodeLiteralMessageOutput", "type", "literal"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("literal"), required=True),
        Field("text", "text", STR, required=True),
        Field(
            "text_translations",
            "text_translations",
            object_of("SayNodeLiteralMessageOutputTextTranslations"),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SayNodeLiteralMessageOutput, type_="type")


@_attrs_define(slots=False)
class SayNodeLiteralMessageOutputTextTranslations(Lazy, AdditionalProperties["TranslatedString"]):
    """Translations for the text field"""

    additional_properties: dict[str, TranslatedString] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("TranslatedString"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.translated_string import TranslatedString
