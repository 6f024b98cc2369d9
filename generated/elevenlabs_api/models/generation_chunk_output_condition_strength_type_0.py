from typing import Literal

GenerationChunkOutputConditionStrengthType0 = Literal["high", "low", "medium", "xhigh"]

GENERATION_CHUNK_OUTPUT_CONDITION_STRENGTH_TYPE_0_VALUES: set[GenerationChunkOutputConditionStrengthType0] = {
    "high",
    "low",
    "medium",
    "xhigh",
}


def check_generation_chunk_output_condition_strength_type_0(value: str) -> GenerationChunkOutputConditionStrengthType0:
    if value in GENERATION_CHUNK_OUTPUT_CONDITION_STRENGTH_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATION_CHUNK_OUTPUT_CONDITION_STRENGTH_TYPE_0_VALUES!r}"
    )
