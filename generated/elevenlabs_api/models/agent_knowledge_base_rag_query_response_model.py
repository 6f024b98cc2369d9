from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_knowledge_base_rag_chunk_response_model import AgentKnowledgeBaseRagChunkResponseModel
