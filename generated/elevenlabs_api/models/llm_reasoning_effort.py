from typing import Literal

LLMReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

LLM_REASONING_EFFORT_VALUES: set[LLMReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_llm_reasoning_effort(value: str) -> LLMReasoningEffort:
    if value in LLM_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LLM_REASONING_EFFORT_VALUES!r}")
