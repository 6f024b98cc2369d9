from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WidgetTermsTranslation")


@_attrs_define
class WidgetTermsTranslation:
    """Attributes:
    source_hash (str):
    text (str):
    """

    source_hash: str

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        source_hash = self.source_hash

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source_hash is not None or "source_hash" not in self._missing_fields:
            field_dict["source_hash"] = source_hash
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        source_hash = d.pop("source_hash", MISSING)
        if source_hash.__class__ is not str:
            if source_hash is MISSING:
                source_hash = missing_field(cls, "source_hash")
                _missing += ("source_hash",)
            else:
                source_hash = unexpected_type(cls, "source_hash", source_hash, "a string")

        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        widget_terms_translation = cls(
            source_hash=source_hash,
            text=text,
        )
        if _missing:
            widget_terms_translation._missing_fields = _missing
        widget_terms_translation.additional_properties = d
        return widget_terms_translation

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
