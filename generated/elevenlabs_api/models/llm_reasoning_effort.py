from typing import Literal

LlmReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

LLM_REASONING_EFFORT_VALUES: set[LlmReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_llm_reasoning_effort(value: str) -> LlmReasoningEffort:
    if value in LLM_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LLM_REASONING_EFFORT_VALUES!r}")
