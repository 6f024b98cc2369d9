from typing import Literal

ConversationHistoryTwilioPhoneCallModelDirection = Literal["inbound", "outbound"]

CONVERSATION_HISTORY_TWILIO_PHONE_CALL_MODEL_DIRECTION_VALUES: set[ConversationHistoryTwilioPhoneCallModelDirection] = {
    "inbound",
    "outbound",
}


def check_conversation_history_twilio_phone_call_model_direction(
    value: str,
) -> ConversationHistoryTwilioPhoneCallModelDirection:
    if value in CONVERSATION_HISTORY_TWILIO_PHONE_CALL_MODEL_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_TWILIO_PHONE_CALL_MODEL_DIRECTION_VALUES!r}"
    )
