from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyDownloadHistoryItemsV1HistoryDownloadPost")


@_attrs_define
class BodyDownloadHistoryItemsV1HistoryDownloadPost:
    """Attributes:
    history_item_ids (list[str]): A list of history items to download, you can get IDs of history items and other
        metadata using the GET https://api.elevenlabs.io/v1/history endpoint.
    output_format (None | str | Unset): Output format to transcode the audio file, can be wav or default.
    """

    history_item_ids: list[str]

    output_format: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        history_item_ids: Any
        try:
            history_item_ids = self.history_item_ids

        except (AttributeError, TypeError):
            history_item_ids = self.history_item_ids

        output_format: Any
        try:
            output_format = self.output_format

        except (AttributeError, TypeError):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if history_item_ids is not None or "history_item_ids" not in self._missing_fields:
            field_dict["history_item_ids"] = history_item_ids
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        history_item_ids = d.pop("history_item_ids", MISSING)
        if history_item_ids.__class__ is not list:
            if history_item_ids is MISSING:
                history_item_ids = missing_field(cls, "history_item_ids")
                _missing += ("history_item_ids",)
            else:
                history_item_ids = unexpected_type(cls, "history_item_ids", history_item_ids, "an array")
        elif history_item_ids.__class__ is list and history_item_ids:
            check_items(cls, "history_item_ids", history_item_ids, (str,), "a string")

        output_format = d.pop("output_format", UNSET)
        if output_format.__class__ is not str and output_format is not None and output_format is not UNSET:
            output_format = unexpected_type(cls, "output_format", output_format, "a string or null")

        body_download_history_items_v1_history_download_post = cls(
            history_item_ids=history_item_ids,
            output_format=output_format,
        )
        if _missing:
            body_download_history_items_v1_history_download_post._missing_fields = _missing
        body_download_history_items_v1_history_download_post.additional_properties = d
        return body_download_history_items_v1_history_download_post

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
