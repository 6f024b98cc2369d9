from typing import Literal

KnowledgeBaseRagToolStatus = Literal["no_documents", "no_results", "success"]

KNOWLEDGE_BASE_RAG_TOOL_STATUS_VALUES: set[KnowledgeBaseRagToolStatus] = {
    "no_documents",
    "no_results",
    "success",
}


def check_knowledge_base_rag_tool_status(value: str) -> KnowledgeBaseRagToolStatus:
    if value in KNOWLEDGE_BASE_RAG_TOOL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_BASE_RAG_TOOL_STATUS_VALUES!r}")
