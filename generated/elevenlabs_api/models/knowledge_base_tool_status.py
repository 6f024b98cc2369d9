from typing import Literal

KnowledgeBaseToolStatus = Literal["no_matching_documents", "no_results", "success"]

KNOWLEDGE_BASE_TOOL_STATUS_VALUES: set[KnowledgeBaseToolStatus] = {
    "no_matching_documents",
    "no_results",
    "success",
}


def check_knowledge_base_tool_status(value: str) -> KnowledgeBaseToolStatus:
    if value in KNOWLEDGE_BASE_TOOL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_BASE_TOOL_STATUS_VALUES!r}")
