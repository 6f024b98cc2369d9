from typing import Literal

GetConversationSummaryResponseModelStatusType0 = Literal["done", "failed", "in-progress", "initiated", "processing"]

GET_CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[GetConversationSummaryResponseModelStatusType0] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_get_conversation_summary_response_model_status_type_0(
    value: str,
) -> GetConversationSummaryResponseModelStatusType0:
    if value in GET_CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES!r}"
    )
