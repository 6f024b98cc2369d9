from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model_enum import EmbeddingModelEnum, check_embedding_model_enum
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetOrCreateRAGIndexRequestModel")


@_attrs_define
class GetOrCreateRAGIndexRequestModel:
    """Attributes:
    document_id (str): ID of the knowledgebase document for which to retrieve the index
    create_if_missing (bool): Whether to create the RAG index if it does not exist
    model (EmbeddingModelEnum):
    """

    document_id: str

    create_if_missing: bool

    model: EmbeddingModelEnum

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        create_if_missing = self.create_if_missing

        model: Any
        try:
            model = self.model
        except (AttributeError, TypeError):
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_id is not None or "document_id" not in self._missing_fields:
            field_dict["document_id"] = document_id
        if create_if_missing is not None or "create_if_missing" not in self._missing_fields:
            field_dict["create_if_missing"] = create_if_missing
        if model is not None or "model" not in self._missing_fields:
            field_dict["model"] = model
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        document_id = d.pop("document_id", MISSING)
        if document_id.__class__ is not str:
            if document_id is MISSING:
                document_id = missing_field(cls, "document_id")
                _missing += ("document_id",)
            else:
                document_id = unexpected_type(cls, "document_id", document_id, "a string")

        create_if_missing = d.pop("create_if_missing", MISSING)
        if create_if_missing.__class__ is not bool:
            if create_if_missing is MISSING:
                create_if_missing = missing_field(cls, "create_if_missing")
                _missing += ("create_if_missing",)
            else:
                create_if_missing = unexpected_type(cls, "create_if_missing", create_if_missing, "a boolean")

        model_raw = d.pop("model", MISSING)
        if model_raw is MISSING:
            model = missing_field(cls, "model")
            _missing += ("model",)
        else:
            try:
                model = check_embedding_model_enum(model_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                model = deviating_field(cls, "model", model_raw)

        get_or_create_rag_index_request_model = cls(
            document_id=document_id,
            create_if_missing=create_if_missing,
            model=model,
        )
        if _missing:
            get_or_create_rag_index_request_model._missing_fields = _missing
        get_or_create_rag_index_request_model.additional_properties = d
        return get_or_create_rag_index_request_model

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
