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
    unexpected_type,
)

T = TypeVar("T", bound="AgentKnowledgeBaseRagQueryResponseModel")


@_attrs_define
class AgentKnowledgeBaseRagQueryResponseModel:
    """Example:
        {'chunks': [{'chunk_id': 'chunk_498cjVigY5qzO86Huf0OWal', 'content_format': 'html', 'document_id':
        'doc_J3Pbu5gP6NNKBscdCdwB', 'document_name': 'Account FAQ', 'document_type': 'file', 'text': 'To reset your
        password, open Settings and choose Security...', 'vector_distance': 0.21}], 'retrieval_query': 'How do I reset
        my password?'}

    Attributes:
        retrieval_query (str): Raw query used for retrieval (echoes the request query).
        chunks (list[AgentKnowledgeBaseRagChunkResponseModel]): Ranked chunks the agent would retrieve, after distance
            and length filtering.
    """

    retrieval_query: str

    chunks: list[AgentKnowledgeBaseRagChunkResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        retrieval_query = self.retrieval_query

        chunks: Any
        try:
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item = chunks_item_data.to_dict()
                chunks.append(chunks_item)

        except (AttributeError, TypeError):
            chunks = self.chunks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if retrieval_query is not None or "retrieval_query" not in self._missing_fields:
            field_dict["retrieval_query"] = retrieval_query
        if chunks is not None or "chunks" not in self._missing_fields:
            field_dict["chunks"] = chunks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        retrieval_query = d.pop("retrieval_query", MISSING)
        if retrieval_query.__class__ is not str:
            if retrieval_query is MISSING:
                retrieval_query = missing_field(cls, "retrieval_query")
                _missing += ("retrieval_query",)
            else:
                retrieval_query = unexpected_type(cls, "retrieval_query", retrieval_query, "a string")

        chunks_raw = d.pop("chunks", MISSING)
        if chunks_raw is MISSING:
            chunks = missing_field(cls, "chunks")
            _missing += ("chunks",)
        else:
            try:
                expect_array("chunks", chunks_raw)
                chunks = []
                _chunks = chunks_raw
                for chunks_item_data in _chunks:
                    chunks_item = AgentKnowledgeBaseRagChunkResponseModel.from_dict(chunks_item_data)

                    chunks.append(chunks_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                chunks = deviating_field(cls, "chunks", chunks_raw)

        agent_knowledge_base_rag_query_response_model = cls(
            retrieval_query=retrieval_query,
            chunks=chunks,
        )
        if _missing:
            agent_knowledge_base_rag_query_response_model._missing_fields = _missing
        agent_knowledge_base_rag_query_response_model.additional_properties = d
        return agent_knowledge_base_rag_query_response_model

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
from ..models.agent_knowledge_base_rag_chunk_response_model import AgentKnowledgeBaseRagChunkResponseModel
