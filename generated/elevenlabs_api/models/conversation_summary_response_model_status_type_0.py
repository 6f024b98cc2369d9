from typing import Literal

ConversationSummaryResponseModelStatusType0 = Literal["done", "failed", "in-progress", "initiated", "processing"]

CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[ConversationSummaryResponseModelStatusType0] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_conversation_summary_response_model_status_type_0(value: str) -> ConversationSummaryResponseModelStatusType0:
    if value in CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES!r}"
    )
