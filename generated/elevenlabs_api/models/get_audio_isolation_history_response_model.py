from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetAudioIsolationHistoryResponseModel")


@_attrs_define
class GetAudioIsolationHistoryResponseModel:
    """Attributes:
    items (list[AudioIsolationHistoryItemResponseModel]):
    has_more (bool):
    """

    items: list[AudioIsolationHistoryItemResponseModel]

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        items: Any
        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except (AttributeError, TypeError):
            items = self.items

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if items is not None or "items" not in self._missing_fields:
            field_dict["items"] = items
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        items_raw = d.pop("items", MISSING)
        if items_raw is MISSING:
            items = missing_field(cls, "items")
            _missing += ("items",)
        else:
            try:
                expect_array("items", items_raw)
                items = []
                _items = items_raw
                for items_item_data in _items:
                    items_item = AudioIsolationHistoryItemResponseModel.from_dict(items_item_data)

                    items.append(items_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                items = deviating_field(cls, "items", items_raw)

        has_more = d.pop("has_more", MISSING)
        if has_more.__class__ is not bool:
            if has_more is MISSING:
                has_more = missing_field(cls, "has_more")
                _missing += ("has_more",)
            else:
                has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        get_audio_isolation_history_response_model = cls(
            items=items,
            has_more=has_more,
        )
        if _missing:
            get_audio_isolation_history_response_model._missing_fields = _missing
        get_audio_isolation_history_response_model.additional_properties = d
        return get_audio_isolation_history_response_model

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
from ..models.audio_isolation_history_item_response_model import AudioIsolationHistoryItemResponseModel
