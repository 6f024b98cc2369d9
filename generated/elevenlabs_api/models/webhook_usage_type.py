from typing import Literal

WebhookUsageType = Literal[
    "Agent QA Evaluations",
    "ConvAI Agent Settings",
    "ConvAI Alerting",
    "ConvAI Settings",
    "Dubbing",
    "Flows",
    "Speech to Text",
    "Voice Library Removal Notices",
]

WEBHOOK_USAGE_TYPE_VALUES: set[WebhookUsageType] = {
    "Agent QA Evaluations",
    "ConvAI Agent Settings",
    "ConvAI Alerting",
    "ConvAI Settings",
    "Dubbing",
    "Flows",
    "Speech to Text",
    "Voice Library Removal Notices",
}


def check_webhook_usage_type(value: str) -> WebhookUsageType:
    if value in WEBHOOK_USAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_USAGE_TYPE_VALUES!r}")
