from typing import Literal

WorkspaceWebhookEventType = Literal["agent_qa", "flows", "speech_to_text", "voice_library_removal_notice"]

WORKSPACE_WEBHOOK_EVENT_TYPE_VALUES: set[WorkspaceWebhookEventType] = {
    "agent_qa",
    "flows",
    "speech_to_text",
    "voice_library_removal_notice",
}


def check_workspace_webhook_event_type(value: str) -> WorkspaceWebhookEventType:
    if value in WORKSPACE_WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_WEBHOOK_EVENT_TYPE_VALUES!r}")
