from typing import Literal

WhatsAppConversationInfoDirection = Literal["inbound", "outbound", "unknown"]

WHATS_APP_CONVERSATION_INFO_DIRECTION_VALUES: set[WhatsAppConversationInfoDirection] = {
    "inbound",
    "outbound",
    "unknown",
}


def check_whats_app_conversation_info_direction(value: str) -> WhatsAppConversationInfoDirection:
    if value in WHATS_APP_CONVERSATION_INFO_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATS_APP_CONVERSATION_INFO_DIRECTION_VALUES!r}")
