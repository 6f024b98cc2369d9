from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SayNodeLiteralMessageOutput")


@_attrs_define
class SayNodeLiteralMessageOutput:
    """Attributes:
    type_ (Literal['literal']):  Default: 'literal'.
    text (str): Literal text message to be spoken by the agent.
    text_translations (SayNodeLiteralMessageOutputTextTranslations): Translations for the text field
    """

    text: str

    text_translations: SayNodeLiteralMessageOutputTextTranslations

    type_: Literal["literal"] = "literal"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "literal")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        text_translations: Any
        try:
            text_translations = self.text_translations.to_dict()
        except (AttributeError, TypeError):
            text_translations = self.text_translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if text_translations is not None or "text_translations" not in self._missing_fields:
            field_dict["text_translations"] = text_translations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["literal"], type__raw)
        if type_ != "literal":
            raise ValueError(f"type must match const 'literal', got '{type_}'")

        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        text_translations_raw = d.pop("text_translations", MISSING)
        if text_translations_raw is MISSING:
            text_translations = missing_field(cls, "text_translations")
            _missing += ("text_translations",)
        else:
            try:
                text_translations = SayNodeLiteralMessageOutputTextTranslations.from_dict(text_translations_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                text_translations = deviating_field(cls, "text_translations", text_translations_raw)

        say_node_literal_message_output = cls(
            type_=type_,
            text=text,
            text_translations=text_translations,
        )
        if _missing:
            say_node_literal_message_output._missing_fields = _missing
        say_node_literal_message_output.additional_properties = d
        return say_node_literal_message_output

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
from ..models.say_node_literal_message_output_text_translations import SayNodeLiteralMessageOutputTextTranslations
