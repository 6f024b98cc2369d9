from typing import Literal

RAGIndexStatus = Literal[
    "cannot_index_folder",
    "created",
    "document_too_small",
    "failed",
    "new",
    "processing",
    "rag_limit_exceeded",
    "succeeded",
]

RAG_INDEX_STATUS_VALUES: set[RAGIndexStatus] = {
    "cannot_index_folder",
    "created",
    "document_too_small",
    "failed",
    "new",
    "processing",
    "rag_limit_exceeded",
    "succeeded",
}


def check_rag_index_status(value: str) -> RAGIndexStatus:
    if value in RAG_INDEX_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAG_INDEX_STATUS_VALUES!r}")
