from typing import Literal

SMSConversationInfoDirection = Literal["inbound", "outbound"]

SMS_CONVERSATION_INFO_DIRECTION_VALUES: set[SMSConversationInfoDirection] = {
    "inbound",
    "outbound",
}


def check_sms_conversation_info_direction(value: str) -> SMSConversationInfoDirection:
    if value in SMS_CONVERSATION_INFO_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_CONVERSATION_INFO_DIRECTION_VALUES!r}")
