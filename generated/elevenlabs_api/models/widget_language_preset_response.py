from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WidgetLanguagePresetResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WidgetLanguagePresetResponse(Lazy):
    """Attributes:
    first_message (None | str | Unset):
    text_contents (None | Unset | WidgetTextContents): The text contents for the selected language
    terms_text (None | str | Unset): The text to display for terms and conditions in this language
    terms_html (None | str | Unset): The HTML to display for terms and conditions in this language
    terms_key (None | str | Unset): The key to display for terms and conditions in this language
    """

    first_message: None | str | Unset = UNSET

    text_contents: None | Unset | WidgetTextContents = UNSET

    terms_text: None | str | Unset = UNSET

    terms_html: None | str | Unset = UNSET

    terms_key: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        first_message: Any
        try:
            first_message = self.first_message

        except (AttributeError, TypeError):
            first_message = self.first_message

        text_contents: Any
        try:
            if isinstance(self.text_contents, Unset):
                text_contents = UNSET
            elif isinstance(self.text_contents, WidgetTextContents):
                text_contents = self.text_contents.to_dict()
            else:
                text_contents = self.text_contents

        except (AttributeError, TypeError):
            text_contents = self.text_contents

        terms_text: Any
        try:
            terms_text = self.terms_text

        except (AttributeError, TypeError):
            terms_text = self.terms_text

        terms_html: Any
        try:
            terms_html = self.terms_html

        except (AttributeError, TypeError):
            terms_html = self.terms_html

        terms_key: Any
        try:
            terms_key = self.terms_key

        except (AttributeError, TypeError):
            terms_key = self.terms_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if text_contents is not UNSET:
            field_dict["text_contents"] = text_contents
        if terms_text is not UNSET:
            field_dict["terms_text"] = terms_text
        if terms_html is not UNSET:
            field_dict["terms_html"] = terms_html
        if terms_key is not UNSET:
            field_dict["terms_key"] = terms_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        widget_language_preset_response = cls.__new__(cls)
        widget_language_preset_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return widget_language_preset_response

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


_read_first_message = plain_reader(
    "first_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_text_contents(cls: type[WidgetLanguagePresetResponse], d: Mapping[str, Any]) -> Any:
    text_contents_raw = d.get("text_contents", UNSET)
    try:

        def _parse_text_contents(data: object) -> None | Unset | WidgetTextContents:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            text_contents_type_0 = WidgetTextContents.from_dict(data)

            return text_contents_type_0

        text_contents = _parse_text_contents(text_contents_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_contents = deviating_field(cls, "text_contents", text_contents_raw)

    return text_contents


_read_terms_text = plain_reader(
    "terms_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_terms_html = plain_reader(
    "terms_html",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_terms_key = plain_reader(
    "terms_key",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "first_message",
        "text_contents",
        "terms_text",
        "terms_html",
        "terms_key",
    )
)


def _read_additional_properties(cls: type[WidgetLanguagePresetResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WidgetLanguagePresetResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    first_message = d.get("first_message", UNSET)
    if first_message.__class__ is not str and first_message is not None and first_message is not UNSET:
        first_message = _read_first_message(cls, d)

    if "text_contents" in known:
        text_contents = known["text_contents"]
    else:
        text_contents = d.get("text_contents", UNSET)
        if text_contents is not UNSET and text_contents is not None:
            text_contents = _read_text_contents(cls, d)

    terms_text = d.get("terms_text", UNSET)
    if terms_text.__class__ is not str and terms_text is not None and terms_text is not UNSET:
        terms_text = _read_terms_text(cls, d)

    terms_html = d.get("terms_html", UNSET)
    if terms_html.__class__ is not str and terms_html is not None and terms_html is not UNSET:
        terms_html = _read_terms_html(cls, d)

    terms_key = d.get("terms_key", UNSET)
    if terms_key.__class__ is not str and terms_key is not None and terms_key is not UNSET:
        terms_key = _read_terms_key(cls, d)

    return {
        "first_message": first_message,
        "text_contents": text_contents,
        "terms_text": terms_text,
        "terms_html": terms_html,
        "terms_key": terms_key,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WidgetLanguagePresetResponse,
    _all_fields,
    {
        "first_message": _read_first_message,
        "text_contents": _read_text_contents,
        "terms_text": _read_terms_text,
        "terms_html": _read_terms_html,
        "terms_key": _read_terms_key,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_text_contents import WidgetTextContents
