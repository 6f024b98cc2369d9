from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_format import ContentFormat
from ..models.knowledge_base_document_type import KnowledgeBaseDocumentType
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentKnowledgeBaseRagChunkResponseModel")


@_attrs_define
class AgentKnowledgeBaseRagChunkResponseModel:
    """Attributes:
    document_id (str): ID of the source knowledge base document.
    document_name (str): Name of the source knowledge base document.
    chunk_id (str): ID of the retrieved chunk.
    text (str): Text content of the retrieved chunk.
    vector_distance (float | None): Similarity distance when exposed by the retrieval strategy.
    content_format (ContentFormat | str): Format of the chunk text. Markdown chunks contain raw markdown; HTML
        chunks contain HTML.
    document_type (KnowledgeBaseDocumentType | str): Type of the source knowledge base document.
    """

    document_id: str

    document_name: str

    chunk_id: str

    text: str

    vector_distance: float | None

    content_format: ContentFormat | str

    document_type: KnowledgeBaseDocumentType | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_name = self.document_name

        chunk_id = self.chunk_id

        text = self.text

        vector_distance: Any
        try:
            vector_distance = self.vector_distance

        except (AttributeError, TypeError):
            vector_distance = self.vector_distance

        content_format: Any
        try:
            if isinstance(self.content_format, str):
                content_format = self.content_format
            else:
                content_format = self.content_format

        except (AttributeError, TypeError):
            content_format = self.content_format

        document_type: Any
        try:
            if isinstance(self.document_type, str):
                document_type = self.document_type
            else:
                document_type = self.document_type

        except (AttributeError, TypeError):
            document_type = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_id is not None or "document_id" not in self._missing_fields:
            field_dict["document_id"] = document_id
        if document_name is not None or "document_name" not in self._missing_fields:
            field_dict["document_name"] = document_name
        if chunk_id is not None or "chunk_id" not in self._missing_fields:
            field_dict["chunk_id"] = chunk_id
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if vector_distance is not None or "vector_distance" not in self._missing_fields:
            field_dict["vector_distance"] = vector_distance
        if content_format is not None or "content_format" not in self._missing_fields:
            field_dict["content_format"] = content_format
        if document_type is not None or "document_type" not in self._missing_fields:
            field_dict["document_type"] = document_type
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

        document_name = d.pop("document_name", MISSING)
        if document_name.__class__ is not str:
            if document_name is MISSING:
                document_name = missing_field(cls, "document_name")
                _missing += ("document_name",)
            else:
                document_name = unexpected_type(cls, "document_name", document_name, "a string")

        chunk_id = d.pop("chunk_id", MISSING)
        if chunk_id.__class__ is not str:
            if chunk_id is MISSING:
                chunk_id = missing_field(cls, "chunk_id")
                _missing += ("chunk_id",)
            else:
                chunk_id = unexpected_type(cls, "chunk_id", chunk_id, "a string")

        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        vector_distance = d.pop("vector_distance", MISSING)
        if (
            vector_distance.__class__ is not float
            and vector_distance.__class__ is not int
            and vector_distance is not None
        ):
            if vector_distance is MISSING:
                vector_distance = missing_field(cls, "vector_distance")
                _missing += ("vector_distance",)
            else:
                vector_distance = unexpected_type(cls, "vector_distance", vector_distance, "a number or null")

        content_format = d.pop("content_format", MISSING)
        if content_format.__class__ is not str:
            if content_format is MISSING:
                content_format = missing_field(cls, "content_format")
                _missing += ("content_format",)
            else:
                content_format = unexpected_type(cls, "content_format", content_format, "a string")

        document_type = d.pop("document_type", MISSING)
        if document_type.__class__ is not str:
            if document_type is MISSING:
                document_type = missing_field(cls, "document_type")
                _missing += ("document_type",)
            else:
                document_type = unexpected_type(cls, "document_type", document_type, "a string")

        agent_knowledge_base_rag_chunk_response_model = cls(
            document_id=document_id,
            document_name=document_name,
            chunk_id=chunk_id,
            text=text,
            vector_distance=vector_distance,
            content_format=content_format,
            document_type=document_type,
        )
        if _missing:
            agent_knowledge_base_rag_chunk_response_model._missing_fields = _missing
        agent_knowledge_base_rag_chunk_response_model.additional_properties = d
        return agent_knowledge_base_rag_chunk_response_model

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
