from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model_enum import EmbeddingModelEnum
from ..models.rag_index_status import RAGIndexStatus

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model: str
        if isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        progress_percentage = self.progress_percentage

        document_model_index_usage = self.document_model_index_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["model"] = model
        field_dict["status"] = status
        field_dict["progress_percentage"] = progress_percentage
        field_dict["document_model_index_usage"] = document_model_index_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        model = d.pop("model")

        status = d.pop("status")

        progress_percentage = d.pop("progress_percentage")

        document_model_index_usage = RAGDocumentIndexUsage.from_dict(d.pop("document_model_index_usage"))

        rag_document_index_response_model = cls(
            id=id,
            model=model,
            status=status,
            progress_percentage=progress_percentage,
            document_model_index_usage=document_model_index_usage,
        )
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
