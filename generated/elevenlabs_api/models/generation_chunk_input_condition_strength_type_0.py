from typing import Literal

GenerationChunkInputConditionStrengthType0 = Literal["high", "low", "medium", "xhigh"]

GENERATION_CHUNK_INPUT_CONDITION_STRENGTH_TYPE_0_VALUES: set[GenerationChunkInputConditionStrengthType0] = {
    "high",
    "low",
    "medium",
    "xhigh",
}


def check_generation_chunk_input_condition_strength_type_0(value: str) -> GenerationChunkInputConditionStrengthType0:
    if value in GENERATION_CHUNK_INPUT_CONDITION_STRENGTH_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATION_CHUNK_INPUT_CONDITION_STRENGTH_TYPE_0_VALUES!r}"
    )
