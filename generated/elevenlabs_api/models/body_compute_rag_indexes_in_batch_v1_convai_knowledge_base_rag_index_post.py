from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost(Lazy):
    """Attributes:
    items (list[GetOrCreateRagIndexRequestModel]): List of requested RAG indexes. Minimum 1, maximum 100 items.
    """

    items: list[GetOrCreateRagIndexRequestModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("items",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post = cls.__new__(cls)
        body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_items(cls: type[BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost], d: Mapping[str, Any]) -> Any:
    items_raw = d.get("items", MISSING)
    if items_raw is MISSING:
        items = missing_field(cls, "items")
    else:
        try:
            expect_array("items", items_raw)
            items = []
            _items = items_raw
            for items_item_data in _items:
                items_item = GetOrCreateRagIndexRequestModel.from_dict(items_item_data)

                items.append(items_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            items = deviating_field(cls, "items", items_raw)

    return items


_FIELDS: frozenset[str] = frozenset(("items",))


def _read_additional_properties(
    cls: type[BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "items" in known:
        items = known["items"]
    else:
        items = _read_items(cls, d)

    return {
        "items": items,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
    _all_fields,
    {
        "items": _read_items,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_or_create_rag_index_request_model import GetOrCreateRagIndexRequestModel
