from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["items"] = items
        field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AudioIsolationHistoryItemResponseModel.from_dict(items_item_data)

            items.append(items_item)

        has_more = d.pop("has_more")

        get_audio_isolation_history_response_model = cls(
            items=items,
            has_more=has_more,
        )
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
