from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EmbeddingModelEnum
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RagConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RagConfigOutput(Lazy):
    """Attributes:
    enabled (bool | Unset): Defaults to False on the server.
    embedding_model (EmbeddingModelEnum | str | Unset): Defaults to 'e5_mistral_7b_instruct' on the server.
    max_vector_distance (float | Unset): Maximum vector distance of retrieved chunks. Defaults to 0.6 on the server.
    max_documents_length (int | Unset): Maximum total length of document chunks retrieved from RAG. Defaults to
        50000 on the server.
    max_retrieved_rag_chunks_count (int | Unset): Maximum number of RAG document chunks to initially retrieve from
        the vector store. These are then further filtered by vector distance and total length. Defaults to 20 on the
        server.
    num_candidates (int | None | Unset): Number of candidates evaluated in ANN vector search. Higher number means
        better results, but higher latency. Minimum recommended value is 100. If disabled, the default value is used.
    query_rewrite_prompt_override (None | str | Unset): Custom prompt for rewriting user queries before RAG
        retrieval. The conversation history will be automatically appended at the end. If not set, the default prompt
        will be used.
    """

    enabled: bool | Unset = UNSET

    embedding_model: EmbeddingModelEnum | str | Unset = UNSET

    max_vector_distance: float | Unset = UNSET

    max_documents_length: int | Unset = UNSET

    max_retrieved_rag_chunks_count: int | Unset = UNSET

    num_candidates: int | None | Unset = UNSET

    query_rewrite_prompt_override: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        embedding_model: Any
        try:
            if isinstance(self.embedding_model, Unset):
                embedding_model = UNSET
            elif isinstance(self.embedding_model, str):
                embedding_model = self.embedding_model
            else:
                embedding_model = self.embedding_model

        except (AttributeError, TypeError):
            embedding_model = self.embedding_model

        max_vector_distance = self.max_vector_distance

        max_documents_length = self.max_documents_length

        max_retrieved_rag_chunks_count = self.max_retrieved_rag_chunks_count

        num_candidates: Any
        try:
            num_candidates = self.num_candidates

        except (AttributeError, TypeError):
            num_candidates = self.num_candidates

        query_rewrite_prompt_override: Any
        try:
            query_rewrite_prompt_override = self.query_rewrite_prompt_override

        except (AttributeError, TypeError):
            query_rewrite_prompt_override = self.query_rewrite_prompt_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if max_vector_distance is not UNSET:
            field_dict["max_vector_distance"] = max_vector_distance
        if max_documents_length is not UNSET:
            field_dict["max_documents_length"] = max_documents_length
        if max_retrieved_rag_chunks_count is not UNSET:
            field_dict["max_retrieved_rag_chunks_count"] = max_retrieved_rag_chunks_count
        if num_candidates is not UNSET:
            field_dict["num_candidates"] = num_candidates
        if query_rewrite_prompt_override is not UNSET:
            field_dict["query_rewrite_prompt_override"] = query_rewrite_prompt_override
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        rag_config_output = cls.__new__(cls)
        rag_config_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return rag_config_output

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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", False)

_read_embedding_model = plain_reader("embedding_model", (str,), "a string", False)

_read_max_vector_distance = plain_reader(
    "max_vector_distance",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_max_documents_length = plain_reader("max_documents_length", (int,), "an integer", False)

_read_max_retrieved_rag_chunks_count = plain_reader("max_retrieved_rag_chunks_count", (int,), "an integer", False)

_read_num_candidates = plain_reader(
    "num_candidates",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_query_rewrite_prompt_override = plain_reader(
    "query_rewrite_prompt_override",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "embedding_model",
        "max_vector_distance",
        "max_documents_length",
        "max_retrieved_rag_chunks_count",
        "num_candidates",
        "query_rewrite_prompt_override",
    )
)


def _read_additional_properties(cls: type[RagConfigOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[RagConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    embedding_model = d.get("embedding_model", UNSET)
    if embedding_model.__class__ is not str and embedding_model is not UNSET:
        embedding_model = _read_embedding_model(cls, d)

    max_vector_distance = d.get("max_vector_distance", UNSET)
    if (
        max_vector_distance.__class__ is not float
        and max_vector_distance.__class__ is not int
        and max_vector_distance is not UNSET
    ):
        max_vector_distance = _read_max_vector_distance(cls, d)

    max_documents_length = d.get("max_documents_length", UNSET)
    if max_documents_length.__class__ is not int and max_documents_length is not UNSET:
        max_documents_length = _read_max_documents_length(cls, d)

    max_retrieved_rag_chunks_count = d.get("max_retrieved_rag_chunks_count", UNSET)
    if max_retrieved_rag_chunks_count.__class__ is not int and max_retrieved_rag_chunks_count is not UNSET:
        max_retrieved_rag_chunks_count = _read_max_retrieved_rag_chunks_count(cls, d)

    num_candidates = d.get("num_candidates", UNSET)
    if num_candidates.__class__ is not int and num_candidates is not None and num_candidates is not UNSET:
        num_candidates = _read_num_candidates(cls, d)

    query_rewrite_prompt_override = d.get("query_rewrite_prompt_override", UNSET)
    if (
        query_rewrite_prompt_override.__class__ is not str
        and query_rewrite_prompt_override is not None
        and query_rewrite_prompt_override is not UNSET
    ):
        query_rewrite_prompt_override = _read_query_rewrite_prompt_override(cls, d)

    return {
        "enabled": enabled,
        "embedding_model": embedding_model,
        "max_vector_distance": max_vector_distance,
        "max_documents_length": max_documents_length,
        "max_retrieved_rag_chunks_count": max_retrieved_rag_chunks_count,
        "num_candidates": num_candidates,
        "query_rewrite_prompt_override": query_rewrite_prompt_override,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    RagConfigOutput,
    _all_fields,
    {
        "enabled": _read_enabled,
        "embedding_model": _read_embedding_model,
        "max_vector_distance": _read_max_vector_distance,
        "max_documents_length": _read_max_documents_length,
        "max_retrieved_rag_chunks_count": _read_max_retrieved_rag_chunks_count,
        "num_candidates": _read_num_candidates,
        "query_rewrite_prompt_override": _read_query_rewrite_prompt_override,
        "additional_properties": _read_additional_properties,
    },
)
