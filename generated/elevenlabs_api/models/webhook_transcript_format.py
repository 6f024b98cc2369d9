from typing import Literal

WebhookTranscriptFormat = Literal["json", "opentelemetry"]

WEBHOOK_TRANSCRIPT_FORMAT_VALUES: set[WebhookTranscriptFormat] = {
    "json",
    "opentelemetry",
}


def check_webhook_transcript_format(value: str) -> WebhookTranscriptFormat:
    if value in WEBHOOK_TRANSCRIPT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_TRANSCRIPT_FORMAT_VALUES!r}")
