from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="WidgetTextContentsTranslation")


@_attrs_define
class WidgetTextContentsTranslation:
    """Attributes:
    source (WidgetTextContentsTranslationSource | Unset): The source text each translated field was derived from
    text (WidgetTextContentsTranslationText | Unset): The last auto-translated output for each translated field
    """

    source: WidgetTextContentsTranslationSource | Unset = UNSET

    text: WidgetTextContentsTranslationText | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        source_raw = d.pop("source", UNSET)
        try:
            _source = source_raw
            source: WidgetTextContentsTranslationSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = WidgetTextContentsTranslationSource.from_dict(_source)
        except (KeyError, TypeError, ValueError, AttributeError):
            source = deviating_field(cls, "source", source_raw)

        text_raw = d.pop("text", UNSET)
        try:
            _text = text_raw
            text: WidgetTextContentsTranslationText | Unset
            if isinstance(_text, Unset):
                text = UNSET
            else:
                text = WidgetTextContentsTranslationText.from_dict(_text)
        except (KeyError, TypeError, ValueError, AttributeError):
            text = deviating_field(cls, "text", text_raw)

        widget_text_contents_translation = cls(
            source=source,
            text=text,
        )
        widget_text_contents_translation.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_text_contents_translation_source import WidgetTextContentsTranslationSource
from ..models.widget_text_contents_translation_text import WidgetTextContentsTranslationText
