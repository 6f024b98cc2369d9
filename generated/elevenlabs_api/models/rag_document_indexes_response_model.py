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

T = TypeVar("T", bound="RAGDocumentIndexesResponseModel")


@_attrs_define
class RAGDocumentIndexesResponseModel:
    """Attributes:
    indexes (list[RAGDocumentIndexResponseModel]):
    """

    indexes: list[RAGDocumentIndexResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        indexes: Any
        try:
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        except (AttributeError, TypeError):
            indexes = self.indexes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if indexes is not None or "indexes" not in self._missing_fields:
            field_dict["indexes"] = indexes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        indexes_raw = d.pop("indexes", MISSING)
        if indexes_raw is MISSING:
            indexes = missing_field(cls, "indexes")
            _missing += ("indexes",)
        else:
            try:
                expect_array("indexes", indexes_raw)
                indexes = []
                _indexes = indexes_raw
                for indexes_item_data in _indexes:
                    indexes_item = RAGDocumentIndexResponseModel.from_dict(indexes_item_data)

                    indexes.append(indexes_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                indexes = deviating_field(cls, "indexes", indexes_raw)

        rag_document_indexes_response_model = cls(
            indexes=indexes,
        )
        if _missing:
            rag_document_indexes_response_model._missing_fields = _missing
        rag_document_indexes_response_model.additional_properties = d
        return rag_document_indexes_response_model

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
from ..models.rag_document_index_response_model import RAGDocumentIndexResponseModel
