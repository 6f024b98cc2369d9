from typing import Literal

WebhookEventType = Literal[
    "audio", "call_initiation_failure", "transcript", "unredacted_audio", "unredacted_transcript"
]

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "audio",
    "call_initiation_failure",
    "transcript",
    "unredacted_audio",
    "unredacted_transcript",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_TYPE_VALUES!r}")
