from typing import Literal

ConversationSummaryResponseModelDirection = Literal["inbound", "outbound"]

CONVERSATION_SUMMARY_RESPONSE_MODEL_DIRECTION_VALUES: set[ConversationSummaryResponseModelDirection] = {
    "inbound",
    "outbound",
}


def check_conversation_summary_response_model_direction(value: str) -> ConversationSummaryResponseModelDirection:
    if value in CONVERSATION_SUMMARY_RESPONSE_MODEL_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SUMMARY_RESPONSE_MODEL_DIRECTION_VALUES!r}"
    )
