from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSpeechHistoryResponseModel")


@_attrs_define
class GetSpeechHistoryResponseModel:
    """Attributes:
    history (list[SpeechHistoryItemResponseModel]): A list of speech history items.
    has_more (bool): Whether there are more history items to fetch.
    last_history_item_id (None | str | Unset): The ID of the last history item.
    scanned_until (int | None | Unset): The timestamp of the last history item.
    """

    history: list[SpeechHistoryItemResponseModel]

    has_more: bool

    last_history_item_id: None | str | Unset = UNSET

    scanned_until: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        has_more = self.has_more

        last_history_item_id: None | str | Unset = self.last_history_item_id

        scanned_until: int | None | Unset = self.scanned_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["history"] = history
        field_dict["has_more"] = has_more
        if last_history_item_id is not UNSET:
            field_dict["last_history_item_id"] = last_history_item_id
        if scanned_until is not UNSET:
            field_dict["scanned_until"] = scanned_until
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = SpeechHistoryItemResponseModel.from_dict(history_item_data)

            history.append(history_item)

        has_more = d.pop("has_more")

        last_history_item_id = d.pop("last_history_item_id", UNSET)

        scanned_until = d.pop("scanned_until", UNSET)

        get_speech_history_response_model = cls(
            history=history,
            has_more=has_more,
            last_history_item_id=last_history_item_id,
            scanned_until=scanned_until,
        )
        get_speech_history_response_model.additional_properties = d
        return get_speech_history_response_model

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
from ..models.speech_history_item_response_model import SpeechHistoryItemResponseModel
