from typing import Literal

KnowledgeBaseDependentType = Literal["all", "direct", "transitive"]

KNOWLEDGE_BASE_DEPENDENT_TYPE_VALUES: set[KnowledgeBaseDependentType] = {
    "all",
    "direct",
    "transitive",
}


def check_knowledge_base_dependent_type(value: str) -> KnowledgeBaseDependentType:
    if value in KNOWLEDGE_BASE_DEPENDENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_BASE_DEPENDENT_TYPE_VALUES!r}")
