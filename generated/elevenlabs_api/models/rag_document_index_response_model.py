from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model_enum import EmbeddingModelEnum
from ..models.rag_index_status import RAGIndexStatus
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RAGDocumentIndexResponseModel")


@_attrs_define
class RAGDocumentIndexResponseModel:
    """Attributes:
    id (str):
    model (EmbeddingModelEnum | str):
    status (RAGIndexStatus | str):
    progress_percentage (float):
    document_model_index_usage (RAGDocumentIndexUsage):
    """

    id: str

    model: EmbeddingModelEnum | str

    status: RAGIndexStatus | str

    progress_percentage: float

    document_model_index_usage: RAGDocumentIndexUsage

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model: Any
        try:
            if isinstance(self.model, str):
                model = self.model
            else:
                model = self.model

        except (AttributeError, TypeError):
            model = self.model

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        progress_percentage = self.progress_percentage

        document_model_index_usage: Any
        try:
            document_model_index_usage = self.document_model_index_usage.to_dict()
        except (AttributeError, TypeError):
            document_model_index_usage = self.document_model_index_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if model is not None or "model" not in self._missing_fields:
            field_dict["model"] = model
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if progress_percentage is not None or "progress_percentage" not in self._missing_fields:
            field_dict["progress_percentage"] = progress_percentage
        if document_model_index_usage is not None or "document_model_index_usage" not in self._missing_fields:
            field_dict["document_model_index_usage"] = document_model_index_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        model = d.pop("model", MISSING)
        if model.__class__ is not str:
            if model is MISSING:
                model = missing_field(cls, "model")
                _missing += ("model",)
            else:
                model = unexpected_type(cls, "model", model, "a string")

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        progress_percentage = d.pop("progress_percentage", MISSING)
        if progress_percentage.__class__ is not float and progress_percentage.__class__ is not int:
            if progress_percentage is MISSING:
                progress_percentage = missing_field(cls, "progress_percentage")
                _missing += ("progress_percentage",)
            else:
                progress_percentage = unexpected_type(cls, "progress_percentage", progress_percentage, "a number")

        document_model_index_usage_raw = d.pop("document_model_index_usage", MISSING)
        if document_model_index_usage_raw is MISSING:
            document_model_index_usage = missing_field(cls, "document_model_index_usage")
            _missing += ("document_model_index_usage",)
        else:
            try:
                document_model_index_usage = RAGDocumentIndexUsage.from_dict(document_model_index_usage_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                document_model_index_usage = deviating_field(
                    cls, "document_model_index_usage", document_model_index_usage_raw
                )

        rag_document_index_response_model = cls(
            id=id,
            model=model,
            status=status,
            progress_percentage=progress_percentage,
            document_model_index_usage=document_model_index_usage,
        )
        if _missing:
            rag_document_index_response_model._missing_fields = _missing
        rag_document_index_response_model.additional_properties = d
        return rag_document_index_response_model

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
from ..models.rag_document_index_usage import RAGDocumentIndexUsage
