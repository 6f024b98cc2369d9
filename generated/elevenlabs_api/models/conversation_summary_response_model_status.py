from typing import Literal

ConversationSummaryResponseModelStatus = Literal["done", "failed", "in-progress", "initiated", "processing"]

CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_VALUES: set[ConversationSummaryResponseModelStatus] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_conversation_summary_response_model_status(value: str) -> ConversationSummaryResponseModelStatus:
    if value in CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_VALUES!r}"
    )
