from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadHistoryItemsRequest")


@_attrs_define
class DownloadHistoryItemsRequest:
    """Attributes:
    history_item_ids (list[str]): A list of history items to download. You can get IDs of history items using the
        list endpoint.
    output_format (None | str | Unset): Output format to transcode the audio file, can be wav or default.
    """

    history_item_ids: list[str]

    output_format: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history_item_ids = self.history_item_ids

        output_format: None | str | Unset = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["history_item_ids"] = history_item_ids
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history_item_ids = cast(list[str], d.pop("history_item_ids"))

        output_format = d.pop("output_format", UNSET)

        download_history_items_request = cls(
            history_item_ids=history_item_ids,
            output_format=output_format,
        )
        download_history_items_request.additional_properties = d
        return download_history_items_request

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
