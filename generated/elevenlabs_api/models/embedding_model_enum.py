from enum import StrEnum


class EmbeddingModelEnum(StrEnum):
    E5_MISTRAL_7B_INSTRUCT = "e5_mistral_7b_instruct"
    MULTILINGUAL_E5_LARGE_INSTRUCT = "multilingual_e5_large_instruct"

    def __str__(self) -> str:
        return str(self.value)
