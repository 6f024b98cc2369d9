from typing import Literal

GuardrailType = Literal[
    "custom",
    "guardrail",
    "harassment",
    "harassment_threatening",
    "hate",
    "hate_threatening",
    "medical_and_legal",
    "profanity",
    "prompt_injection",
    "religion_or_politics",
    "self_harm",
    "self_harm_instructions",
    "self_harm_intent",
    "sexual",
    "sexual_minors",
    "violence",
    "violence_graphic",
]

GUARDRAIL_TYPE_VALUES: set[GuardrailType] = {
    "custom",
    "guardrail",
    "harassment",
    "harassment_threatening",
    "hate",
    "hate_threatening",
    "medical_and_legal",
    "profanity",
    "prompt_injection",
    "religion_or_politics",
    "self_harm",
    "self_harm_instructions",
    "self_harm_intent",
    "sexual",
    "sexual_minors",
    "violence",
    "violence_graphic",
}


def check_guardrail_type(value: str) -> GuardrailType:
    if value in GUARDRAIL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUARDRAIL_TYPE_VALUES!r}")
