from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ContentFormat, KnowledgeBaseDocumentType


@_attrs_define(slots=False)
class AgentKnowledgeBaseRagQueryResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'chunks': [{'chunk_id': 'chunk_498cjVigY5qzO86Huf0OWal', 'content_format': 'html', 'document_id':
        'doc_J3Pbu5gP6NNKBscdCdwB', 'document_name': 'Account FAQ', 'document_type': 'file', 'text': 'To reset your
        password, open Settings and choose Security...', 'vector_distance': 0.21}], 'retrieval_query': 'How do I reset
        my password?'}

    Attributes:
        retrieval_query: Raw query used for retrieval (echoes the request query).
        chunks: Ranked chunks the agent would retrieve, after distance and length filtering.
    """

    retrieval_query: str

    chunks: list[AgentKnowledgeBaseRagChunkResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("retrieval_query", "retrieval_query", STR, required=True),
        Field("chunks", "chunks", list_of(object_of("AgentKnowledgeBaseRagChunkResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentKnowledgeBaseRagChunkResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    document_id: ID of the source knowledge base document.
    document_name: Name of the source knowledge base document.
    chunk_id: ID of the retrieved chunk.
    text: Text content of the retrieved chunk.
    vector_distance: Similarity distance when exposed by the retrieval strategy.
    content_format: Format of the chunk text. Markdown chunks contain raw markdown; HTML chunks contain HTML.
    document_type: Type of the source knowledge base document.
    """

    document_id: str

    document_name: str

    chunk_id: str

    text: str

    vector_distance: float | None = _attrs_field(default=None, kw_only=True)

    content_format: ContentFormat | str

    document_type: KnowledgeBaseDocumentType | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("document_id", "document_id", STR, required=True),
        Field("document_name", "document_name", STR, required=True),
        Field("chunk_id", "chunk_id", STR, required=True),
        Field("text", "text", STR, required=True),
        Field("vector_distance", "vector_distance", union(FLOAT, NULL), required=True),
        Field("content_format", "content_format", union(literal("ContentFormat"), STR), required=True),
        Field("document_type", "document_type", union(literal("KnowledgeBaseDocumentType"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
