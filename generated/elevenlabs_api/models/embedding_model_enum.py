from typing import Literal

EmbeddingModelEnum = Literal["e5_mistral_7b_instruct", "multilingual_e5_large_instruct"]

EMBEDDING_MODEL_ENUM_VALUES: set[EmbeddingModelEnum] = {
    "e5_mistral_7b_instruct",
    "multilingual_e5_large_instruct",
}


def check_embedding_model_enum(value: str) -> EmbeddingModelEnum:
    if value in EMBEDDING_MODEL_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_MODEL_ENUM_VALUES!r}")
