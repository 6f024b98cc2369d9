from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="MusicFinetunePageResponseModel")


@_attrs_define
class MusicFinetunePageResponseModel:
    """Attributes:
    finetunes (list[MusicFinetuneResponseModel]): The finetunes in this page.
    next_cursor (None | str): Cursor to pass as `cursor` to fetch the next page; `null` when there are no more
        results.
    has_more (bool): Whether more finetunes are available beyond this page.
    """

    finetunes: list[MusicFinetuneResponseModel]

    next_cursor: None | str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finetunes: Any
        try:
            finetunes = []
            for finetunes_item_data in self.finetunes:
                finetunes_item = finetunes_item_data.to_dict()
                finetunes.append(finetunes_item)

        except (AttributeError, TypeError):
            finetunes = self.finetunes

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if finetunes is not None:
            field_dict["finetunes"] = finetunes
        field_dict["next_cursor"] = next_cursor
        if has_more is not None:
            field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        finetunes_raw = d.pop("finetunes", MISSING)
        if finetunes_raw is MISSING:
            finetunes_raw = missing_field(cls, "finetunes")
        try:
            finetunes = []
            _finetunes = finetunes_raw
            for finetunes_item_data in _finetunes:
                finetunes_item = MusicFinetuneResponseModel.from_dict(finetunes_item_data)

                finetunes.append(finetunes_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            finetunes = deviating_field(cls, "finetunes", finetunes_raw)

        next_cursor = d.pop("next_cursor", MISSING)
        if next_cursor is MISSING:
            next_cursor = missing_field(cls, "next_cursor")

        has_more = d.pop("has_more", MISSING)
        if has_more is MISSING:
            has_more = missing_field(cls, "has_more")

        music_finetune_page_response_model = cls(
            finetunes=finetunes,
            next_cursor=next_cursor,
            has_more=has_more,
        )
        music_finetune_page_response_model.additional_properties = d
        return music_finetune_page_response_model

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
from ..models.music_finetune_response_model import MusicFinetuneResponseModel
