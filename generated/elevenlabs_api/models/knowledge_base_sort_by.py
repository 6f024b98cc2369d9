from typing import Literal

KnowledgeBaseSortBy = Literal["created_at", "name", "size", "updated_at"]

KNOWLEDGE_BASE_SORT_BY_VALUES: set[KnowledgeBaseSortBy] = {
    "created_at",
    "name",
    "size",
    "updated_at",
}


def check_knowledge_base_sort_by(value: str) -> KnowledgeBaseSortBy:
    if value in KNOWLEDGE_BASE_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_BASE_SORT_BY_VALUES!r}")
