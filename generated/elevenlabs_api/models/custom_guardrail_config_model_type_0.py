from typing import Literal

CustomGuardrailConfigModelType0 = Literal[
    "claude-haiku-4-5",
    "claude-sonnet-4-6",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-3.1-flash-lite",
    "gemini-3.5-flash",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
]

CUSTOM_GUARDRAIL_CONFIG_MODEL_TYPE_0_VALUES: set[CustomGuardrailConfigModelType0] = {
    "claude-haiku-4-5",
    "claude-sonnet-4-6",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-3.1-flash-lite",
    "gemini-3.5-flash",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
}


def check_custom_guardrail_config_model_type_0(value: str) -> CustomGuardrailConfigModelType0:
    if value in CUSTOM_GUARDRAIL_CONFIG_MODEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_GUARDRAIL_CONFIG_MODEL_TYPE_0_VALUES!r}")
