from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DubbingMetadataPageResponseModel")


@_attrs_define
class DubbingMetadataPageResponseModel:
    """Attributes:
    dubs (list[DubbingMetadataResponse]):
    next_cursor (None | str):
    has_more (bool):
    """

    dubs: list[DubbingMetadataResponse]

    next_cursor: None | str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dubs = []
        for dubs_item_data in self.dubs:
            dubs_item = dubs_item_data.to_dict()
            dubs.append(dubs_item)

        next_cursor: None | str = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["dubs"] = dubs
        field_dict["next_cursor"] = next_cursor
        field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dubs = []
        _dubs = d.pop("dubs")
        for dubs_item_data in _dubs:
            dubs_item = DubbingMetadataResponse.from_dict(dubs_item_data)

            dubs.append(dubs_item)

        next_cursor = d.pop("next_cursor")

        has_more = d.pop("has_more")

        dubbing_metadata_page_response_model = cls(
            dubs=dubs,
            next_cursor=next_cursor,
            has_more=has_more,
        )
        dubbing_metadata_page_response_model.additional_properties = d
        return dubbing_metadata_page_response_model

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
from ..models.dubbing_metadata_response import DubbingMetadataResponse
