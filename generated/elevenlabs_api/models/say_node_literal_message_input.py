from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SayNodeLiteralMessageInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: Literal text message to be spoken by the agent.
    type_:  Default: 'literal'.
    text_translations: Translations for the text field
    """

    text: str

    type_: Literal["literal"] | Unset = _attrs_field(
        default="literal",
        kw_only=True,
        alias="type",
        validator=types.tag("SayNodeLiteralMessageInput", "type", "literal"),
    )

    text_translations: SayNodeLiteralMessageInputTextTranslations | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("type_", "type", const("literal")),
        Field("text_translations", "text_translations", object_of("SayNodeLiteralMessageInputTextTranslations")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SayNodeLiteralMessageInput, type_="type")


@_attrs_define(slots=False)
class SayNodeLiteralMessageInputTextTranslations(Lazy, AdditionalProperties["TranslatedString"]):
    """Translations for the text field"""

    additional_properties: dict[str, TranslatedString] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("TranslatedString"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.translated_string import TranslatedString
