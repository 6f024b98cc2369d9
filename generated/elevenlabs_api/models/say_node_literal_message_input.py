from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SayNodeLiteralMessageInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SayNodeLiteralMessageInput(Lazy):
    """Attributes:
    text (str): Literal text message to be spoken by the agent.
    type_ (Literal['literal'] | Unset):  Default: 'literal'.
    text_translations (SayNodeLiteralMessageInputTextTranslations | Unset): Translations for the text field
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("text",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "literal")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        type_ = self.type_

        text_translations: Any
        try:
            text_translations = UNSET
            if not isinstance(self.text_translations, Unset):
                text_translations = self.text_translations.to_dict()
        except (AttributeError, TypeError):
            text_translations = self.text_translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text_translations is not UNSET:
            field_dict["text_translations"] = text_translations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        say_node_literal_message_input = cls.__new__(cls)
        say_node_literal_message_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return say_node_literal_message_input

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


def _read_type_(cls: type[SayNodeLiteralMessageInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["literal"] | Unset, type__raw)
    if type_ != "literal" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'literal', got '{type_}'")

    return type_


_read_text = plain_reader("text", (str,), "a string", True)


def _read_text_translations(cls: type[SayNodeLiteralMessageInput], d: Mapping[str, Any]) -> Any:
    text_translations_raw = d.get("text_translations", UNSET)
    try:
        _text_translations = text_translations_raw
        text_translations: SayNodeLiteralMessageInputTextTranslations | Unset
        if isinstance(_text_translations, Unset):
            text_translations = UNSET
        else:
            text_translations = SayNodeLiteralMessageInputTextTranslations.from_dict(_text_translations)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_translations = deviating_field(cls, "text_translations", text_translations_raw)

    return text_translations


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "type",
        "text_translations",
    )
)


def _read_additional_properties(cls: type[SayNodeLiteralMessageInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SayNodeLiteralMessageInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    if "text_translations" in known:
        text_translations = known["text_translations"]
    else:
        text_translations = d.get("text_translations", UNSET)
        if text_translations is not UNSET:
            text_translations = _read_text_translations(cls, d)

    return {
        "text": text,
        "type_": type_,
        "text_translations": text_translations,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SayNodeLiteralMessageInput, type_="type")

set_readers(
    SayNodeLiteralMessageInput,
    _all_fields,
    {
        "text": _read_text,
        "type_": _read_type_,
        "text_translations": _read_text_translations,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.say_node_literal_message_input_text_translations import SayNodeLiteralMessageInputTextTranslations
