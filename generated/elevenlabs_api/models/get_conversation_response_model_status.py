from typing import Literal

GetConversationResponseModelStatus = Literal["done", "failed", "in-progress", "initiated", "processing"]

GET_CONVERSATION_RESPONSE_MODEL_STATUS_VALUES: set[GetConversationResponseModelStatus] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_get_conversation_response_model_status(value: str) -> GetConversationResponseModelStatus:
    if value in GET_CONVERSATION_RESPONSE_MODEL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONVERSATION_RESPONSE_MODEL_STATUS_VALUES!r}")
