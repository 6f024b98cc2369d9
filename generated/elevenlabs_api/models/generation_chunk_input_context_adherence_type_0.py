from typing import Literal

GenerationChunkInputContextAdherenceType0 = Literal["high", "low", "medium"]

GENERATION_CHUNK_INPUT_CONTEXT_ADHERENCE_TYPE_0_VALUES: set[GenerationChunkInputContextAdherenceType0] = {
    "high",
    "low",
    "medium",
}


def check_generation_chunk_input_context_adherence_type_0(value: str) -> GenerationChunkInputContextAdherenceType0:
    if value in GENERATION_CHUNK_INPUT_CONTEXT_ADHERENCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATION_CHUNK_INPUT_CONTEXT_ADHERENCE_TYPE_0_VALUES!r}"
    )
