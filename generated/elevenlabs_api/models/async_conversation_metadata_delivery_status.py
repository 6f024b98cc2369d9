from typing import Literal

AsyncConversationMetadataDeliveryStatus = Literal["failed", "pending", "success"]

ASYNC_CONVERSATION_METADATA_DELIVERY_STATUS_VALUES: set[AsyncConversationMetadataDeliveryStatus] = {
    "failed",
    "pending",
    "success",
}


def check_async_conversation_metadata_delivery_status(value: str) -> AsyncConversationMetadataDeliveryStatus:
    if value in ASYNC_CONVERSATION_METADATA_DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_CONVERSATION_METADATA_DELIVERY_STATUS_VALUES!r}"
    )
