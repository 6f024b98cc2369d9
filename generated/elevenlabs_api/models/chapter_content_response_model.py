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
)

T = TypeVar("T", bound="ChapterContentResponseModel")


@_attrs_define
class ChapterContentResponseModel:
    """Attributes:
    blocks (list[ChapterContentBlockResponseModel]):
    """

    blocks: list[ChapterContentBlockResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        blocks: Any
        try:
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        except (AttributeError, TypeError):
            blocks = self.blocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if blocks is not None or "blocks" not in self._missing_fields:
            field_dict["blocks"] = blocks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        blocks_raw = d.pop("blocks", MISSING)
        if blocks_raw is MISSING:
            blocks = missing_field(cls, "blocks")
            _missing += ("blocks",)
        else:
            try:
                expect_array("blocks", blocks_raw)
                blocks = []
                _blocks = blocks_raw
                for blocks_item_data in _blocks:
                    blocks_item = ChapterContentBlockResponseModel.from_dict(blocks_item_data)

                    blocks.append(blocks_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                blocks = deviating_field(cls, "blocks", blocks_raw)

        chapter_content_response_model = cls(
            blocks=blocks,
        )
        if _missing:
            chapter_content_response_model._missing_fields = _missing
        chapter_content_response_model.additional_properties = d
        return chapter_content_response_model

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
from ..models.chapter_content_block_response_model import ChapterContentBlockResponseModel
