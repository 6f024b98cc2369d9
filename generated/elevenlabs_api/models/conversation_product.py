from typing import Literal

ConversationProduct = Literal["agents", "speech_engine"]

CONVERSATION_PRODUCT_VALUES: set[ConversationProduct] = {
    "agents",
    "speech_engine",
}


def check_conversation_product(value: str) -> ConversationProduct:
    if value in CONVERSATION_PRODUCT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_PRODUCT_VALUES!r}")
