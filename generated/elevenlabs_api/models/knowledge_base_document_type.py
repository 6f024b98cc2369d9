from typing import Literal

KnowledgeBaseDocumentType = Literal["file", "folder", "text", "url"]

KNOWLEDGE_BASE_DOCUMENT_TYPE_VALUES: set[KnowledgeBaseDocumentType] = {
    "file",
    "folder",
    "text",
    "url",
}


def check_knowledge_base_document_type(value: str) -> KnowledgeBaseDocumentType:
    if value in KNOWLEDGE_BASE_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_BASE_DOCUMENT_TYPE_VALUES!r}")
