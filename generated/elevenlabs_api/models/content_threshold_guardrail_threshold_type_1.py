from typing import Literal

ContentThresholdGuardrailThresholdType1 = Literal["high", "low", "medium"]

CONTENT_THRESHOLD_GUARDRAIL_THRESHOLD_TYPE_1_VALUES: set[ContentThresholdGuardrailThresholdType1] = {
    "high",
    "low",
    "medium",
}


def check_content_threshold_guardrail_threshold_type_1(value: str) -> ContentThresholdGuardrailThresholdType1:
    if value in CONTENT_THRESHOLD_GUARDRAIL_THRESHOLD_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_THRESHOLD_GUARDRAIL_THRESHOLD_TYPE_1_VALUES!r}"
    )
