from typing import Literal

GuardrailExecutionMode = Literal["blocking", "streaming"]

GUARDRAIL_EXECUTION_MODE_VALUES: set[GuardrailExecutionMode] = {
    "blocking",
    "streaming",
}


def check_guardrail_execution_mode(value: str) -> GuardrailExecutionMode:
    if value in GUARDRAIL_EXECUTION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUARDRAIL_EXECUTION_MODE_VALUES!r}")
