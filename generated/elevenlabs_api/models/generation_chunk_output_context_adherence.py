from typing import Literal

GenerationChunkOutputContextAdherence = Literal["high", "low", "medium"]

GENERATION_CHUNK_OUTPUT_CONTEXT_ADHERENCE_VALUES: set[GenerationChunkOutputContextAdherence] = {
    "high",
    "low",
    "medium",
}


def check_generation_chunk_output_context_adherence(value: str) -> GenerationChunkOutputContextAdherence:
    if value in GENERATION_CHUNK_OUTPUT_CONTEXT_ADHERENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATION_CHUNK_OUTPUT_CONTEXT_ADHERENCE_VALUES!r}")
