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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WidgetTextContentsTranslation")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WidgetTextContentsTranslation(Lazy):
    """Attributes:
    source (WidgetTextContentsTranslationSource | Unset): The source text each translated field was derived from
    text (WidgetTextContentsTranslationText | Unset): The last auto-translated output for each translated field
    """

    source: WidgetTextContentsTranslationSource | Unset = UNSET

    text: WidgetTextContentsTranslationText | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        source: Any
        try:
            source = UNSET
            if not isinstance(self.source, Unset):
                source = self.source.to_dict()
        except (AttributeError, TypeError):
            source = self.source

        text: Any
        try:
            text = UNSET
            if not isinstance(self.text, Unset):
                text = self.text.to_dict()
        except (AttributeError, TypeError):
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source is not UNSET:
            field_dict["source"] = source
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        widget_text_contents_translation = cls.__new__(cls)
        widget_text_contents_translation.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return widget_text_contents_translation

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


def _read_source(cls: type[WidgetTextContentsTranslation], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", UNSET)
    try:
        _source = source_raw
        source: WidgetTextContentsTranslationSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = WidgetTextContentsTranslationSource.from_dict(_source)
    except (KeyError, TypeError, ValueError, AttributeError):
        source = deviating_field(cls, "source", source_raw)

    return source


def _read_text(cls: type[WidgetTextContentsTranslation], d: Mapping[str, Any]) -> Any:
    text_raw = d.get("text", UNSET)
    try:
        _text = text_raw
        text: WidgetTextContentsTranslationText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = WidgetTextContentsTranslationText.from_dict(_text)
    except (KeyError, TypeError, ValueError, AttributeError):
        text = deviating_field(cls, "text", text_raw)

    return text


_FIELDS: frozenset[str] = frozenset(
    (
        "source",
        "text",
    )
)


def _read_additional_properties(cls: type[WidgetTextContentsTranslation], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WidgetTextContentsTranslation], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source" in known:
        source = known["source"]
    else:
        source = d.get("source", UNSET)
        if source is not UNSET:
            source = _read_source(cls, d)

    if "text" in known:
        text = known["text"]
    else:
        text = d.get("text", UNSET)
        if text is not UNSET:
            text = _read_text(cls, d)

    return {
        "source": source,
        "text": text,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WidgetTextContentsTranslation,
    _all_fields,
    {
        "source": _read_source,
        "text": _read_text,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_text_contents_translation_source import WidgetTextContentsTranslationSource
from ..models.widget_text_contents_translation_text import WidgetTextContentsTranslationText
