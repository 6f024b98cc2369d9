from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "literal")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        text_translations = self.text_translations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["text"] = text
        field_dict["text_translations"] = text_translations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["literal"], d.pop("type"))
        if type_ != "literal":
            raise ValueError(f"type must match const 'literal', got '{type_}'")

        text = d.pop("text")

        text_translations = SayNodeLiteralMessageOutputTextTranslations.from_dict(d.pop("text_translations"))

        say_node_literal_message_output = cls(
            type_=type_,
            text=text,
            text_translations=text_translations,
        )
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
