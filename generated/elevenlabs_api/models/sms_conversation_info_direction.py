from typing import Literal

SmsConversationInfoDirection = Literal["inbound", "outbound"]

SMS_CONVERSATION_INFO_DIRECTION_VALUES: set[SmsConversationInfoDirection] = {
    "inbound",
    "outbound",
}


def check_sms_conversation_info_direction(value: str) -> SmsConversationInfoDirection:
    if value in SMS_CONVERSATION_INFO_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_CONVERSATION_INFO_DIRECTION_VALUES!r}")
