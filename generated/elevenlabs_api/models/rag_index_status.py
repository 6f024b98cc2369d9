from typing import Literal

RagIndexStatus = Literal[
    "cannot_index_folder",
    "created",
    "document_too_small",
    "failed",
    "new",
    "processing",
    "rag_limit_exceeded",
    "succeeded",
]

RAG_INDEX_STATUS_VALUES: set[RagIndexStatus] = {
    "cannot_index_folder",
    "created",
    "document_too_small",
    "failed",
    "new",
    "processing",
    "rag_limit_exceeded",
    "succeeded",
}


def check_rag_index_status(value: str) -> RagIndexStatus:
    if value in RAG_INDEX_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAG_INDEX_STATUS_VALUES!r}")
