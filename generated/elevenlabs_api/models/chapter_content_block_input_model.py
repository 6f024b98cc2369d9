from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chapter_content_block_input_model_sub_type_type_0 import (
    ChapterContentBlockInputModelSubTypeType0,
    check_chapter_content_block_input_model_sub_type_type_0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ChapterContentBlockInputModel")


@_attrs_define
class ChapterContentBlockInputModel:
    """Attributes:
    nodes (list[ChapterContentParagraphTtsNodeInputModel]):
    sub_type (ChapterContentBlockInputModelSubTypeType0 | None | Unset):
    block_id (None | str | Unset):
    """

    nodes: list[ChapterContentParagraphTtsNodeInputModel]

    sub_type: ChapterContentBlockInputModelSubTypeType0 | None | Unset = UNSET

    block_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        nodes: Any
        try:
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        except (AttributeError, TypeError):
            nodes = self.nodes

        sub_type: Any
        try:
            if isinstance(self.sub_type, Unset):
                sub_type = UNSET
            elif isinstance(self.sub_type, str):
                sub_type = self.sub_type
            else:
                sub_type = self.sub_type

        except (AttributeError, TypeError):
            sub_type = self.sub_type

        block_id: Any
        try:
            block_id = self.block_id

        except (AttributeError, TypeError):
            block_id = self.block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if nodes is not None or "nodes" not in self._missing_fields:
            field_dict["nodes"] = nodes
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        nodes_raw = d.pop("nodes", MISSING)
        if nodes_raw is MISSING:
            nodes = missing_field(cls, "nodes")
            _missing += ("nodes",)
        else:
            try:
                expect_array("nodes", nodes_raw)
                nodes = []
                _nodes = nodes_raw
                for nodes_item_data in _nodes:
                    nodes_item = ChapterContentParagraphTtsNodeInputModel.from_dict(nodes_item_data)

                    nodes.append(nodes_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                nodes = deviating_field(cls, "nodes", nodes_raw)

        sub_type_raw = d.pop("sub_type", UNSET)
        try:

            def _parse_sub_type(data: object) -> ChapterContentBlockInputModelSubTypeType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                sub_type_type_0 = check_chapter_content_block_input_model_sub_type_type_0(data)

                return sub_type_type_0

            sub_type = _parse_sub_type(sub_type_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            sub_type = deviating_field(cls, "sub_type", sub_type_raw)

        block_id = d.pop("block_id", UNSET)
        if block_id.__class__ is not str and block_id is not None and block_id is not UNSET:
            block_id = unexpected_type(cls, "block_id", block_id, "a string or null")

        chapter_content_block_input_model = cls(
            nodes=nodes,
            sub_type=sub_type,
            block_id=block_id,
        )
        if _missing:
            chapter_content_block_input_model._missing_fields = _missing
        chapter_content_block_input_model.additional_properties = d
        return chapter_content_block_input_model

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
from ..models.chapter_content_paragraph_tts_node_input_model import ChapterContentParagraphTtsNodeInputModel
