from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EmbeddingModelEnum, check_embedding_model_enum
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RagConfigWorkflowOverrideInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RagConfigWorkflowOverrideInput(Lazy):
    """Attributes:
    enabled (bool | None | Unset):
    embedding_model (EmbeddingModelEnum | None | Unset):
    max_vector_distance (float | None | Unset): Maximum vector distance of retrieved chunks.
    max_documents_length (int | None | Unset): Maximum total length of document chunks retrieved from RAG.
    max_retrieved_rag_chunks_count (int | None | Unset): Maximum number of RAG document chunks to initially retrieve
        from the vector store. These are then further filtered by vector distance and total length.
    num_candidates (int | None | Unset): Number of candidates evaluated in ANN vector search. Higher number means
        better results, but higher latency. Minimum recommended value is 100. If disabled, the default value is used.
    query_rewrite_prompt_override (None | str | Unset): Custom prompt for rewriting user queries before RAG
        retrieval. The conversation history will be automatically appended at the end. If not set, the default prompt
        will be used.
    """

    enabled: bool | None | Unset = UNSET

    embedding_model: EmbeddingModelEnum | None | Unset = UNSET

    max_vector_distance: float | None | Unset = UNSET

    max_documents_length: int | None | Unset = UNSET

    max_retrieved_rag_chunks_count: int | None | Unset = UNSET

    num_candidates: int | None | Unset = UNSET

    query_rewrite_prompt_override: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled: Any
        try:
            enabled = self.enabled

        except (AttributeError, TypeError):
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

        max_vector_distance: Any
        try:
            max_vector_distance = self.max_vector_distance

        except (AttributeError, TypeError):
            max_vector_distance = self.max_vector_distance

        max_documents_length: Any
        try:
            max_documents_length = self.max_documents_length

        except (AttributeError, TypeError):
            max_documents_length = self.max_documents_length

        max_retrieved_rag_chunks_count: Any
        try:
            max_retrieved_rag_chunks_count = self.max_retrieved_rag_chunks_count

        except (AttributeError, TypeError):
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
        rag_config_workflow_override_input = cls.__new__(cls)
        rag_config_workflow_override_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return rag_config_workflow_override_input

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


_read_enabled = plain_reader(
    "enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_embedding_model(cls: type[RagConfigWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    embedding_model_raw = d.get("embedding_model", UNSET)
    try:

        def _parse_embedding_model(data: object) -> EmbeddingModelEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            embedding_model_type_0 = check_embedding_model_enum(data)

            return embedding_model_type_0

        embedding_model = _parse_embedding_model(embedding_model_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        embedding_model = deviating_field(cls, "embedding_model", embedding_model_raw)

    return embedding_model


_read_max_vector_distance = plain_reader(
    "max_vector_distance",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_max_documents_length = plain_reader(
    "max_documents_length",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_max_retrieved_rag_chunks_count = plain_reader(
    "max_retrieved_rag_chunks_count",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

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


def _read_additional_properties(cls: type[RagConfigWorkflowOverrideInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[RagConfigWorkflowOverrideInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not None and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    if "embedding_model" in known:
        embedding_model = known["embedding_model"]
    else:
        embedding_model = d.get("embedding_model", UNSET)
        if embedding_model is not UNSET and embedding_model is not None:
            embedding_model = _read_embedding_model(cls, d)

    max_vector_distance = d.get("max_vector_distance", UNSET)
    if (
        max_vector_distance.__class__ is not float
        and max_vector_distance.__class__ is not int
        and max_vector_distance is not None
        and max_vector_distance is not UNSET
    ):
        max_vector_distance = _read_max_vector_distance(cls, d)

    max_documents_length = d.get("max_documents_length", UNSET)
    if (
        max_documents_length.__class__ is not int
        and max_documents_length is not None
        and max_documents_length is not UNSET
    ):
        max_documents_length = _read_max_documents_length(cls, d)

    max_retrieved_rag_chunks_count = d.get("max_retrieved_rag_chunks_count", UNSET)
    if (
        max_retrieved_rag_chunks_count.__class__ is not int
        and max_retrieved_rag_chunks_count is not None
        and max_retrieved_rag_chunks_count is not UNSET
    ):
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
    RagConfigWorkflowOverrideInput,
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
