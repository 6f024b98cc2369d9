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

T = TypeVar("T", bound="BodyComputeRAGIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost")


@_attrs_define
class BodyComputeRAGIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost:
    """Attributes:
    items (list[GetOrCreateRAGIndexRequestModel]): List of requested RAG indexes. Minimum 1, maximum 100 items.
    """

    items: list[GetOrCreateRAGIndexRequestModel]

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if items is not None or "items" not in self._missing_fields:
            field_dict["items"] = items
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
                    items_item = GetOrCreateRAGIndexRequestModel.from_dict(items_item_data)

                    items.append(items_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                items = deviating_field(cls, "items", items_raw)

        body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post = cls(
            items=items,
        )
        if _missing:
            body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post._missing_fields = _missing
        body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post.additional_properties = d
        return body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post

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
from ..models.get_or_create_rag_index_request_model import GetOrCreateRAGIndexRequestModel
