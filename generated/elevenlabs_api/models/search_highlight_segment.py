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

T = TypeVar("T", bound="SearchHighlightSegment")


@_attrs_define
class SearchHighlightSegment:
    """Attributes:
    value (str):
    is_hit (bool):
    """

    value: str

    is_hit: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        is_hit = self.is_hit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value is not None or "value" not in self._missing_fields:
            field_dict["value"] = value
        if is_hit is not None or "is_hit" not in self._missing_fields:
            field_dict["is_hit"] = is_hit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        value = d.pop("value", MISSING)
        if value.__class__ is not str:
            if value is MISSING:
                value = missing_field(cls, "value")
                _missing += ("value",)
            else:
                value = unexpected_type(cls, "value", value, "a string")

        is_hit = d.pop("is_hit", MISSING)
        if is_hit.__class__ is not bool:
            if is_hit is MISSING:
                is_hit = missing_field(cls, "is_hit")
                _missing += ("is_hit",)
            else:
                is_hit = unexpected_type(cls, "is_hit", is_hit, "a boolean")

        search_highlight_segment = cls(
            value=value,
            is_hit=is_hit,
        )
        if _missing:
            search_highlight_segment._missing_fields = _missing
        search_highlight_segment.additional_properties = d
        return search_highlight_segment

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
