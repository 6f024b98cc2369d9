from typing import Literal

ConversationHistorySipTrunkingPhoneCallModelDirection = Literal["inbound", "outbound"]

CONVERSATION_HISTORY_SIP_TRUNKING_PHONE_CALL_MODEL_DIRECTION_VALUES: set[
    ConversationHistorySipTrunkingPhoneCallModelDirection
] = {
    "inbound",
    "outbound",
}


def check_conversation_history_sip_trunking_phone_call_model_direction(
    value: str,
) -> ConversationHistorySipTrunkingPhoneCallModelDirection:
    if value in CONVERSATION_HISTORY_SIP_TRUNKING_PHONE_CALL_MODEL_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_SIP_TRUNKING_PHONE_CALL_MODEL_DIRECTION_VALUES!r}"
    )
