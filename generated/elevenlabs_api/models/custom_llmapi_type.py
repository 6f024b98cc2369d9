from typing import Literal

CustomLlmapiType = Literal["chat_completions", "responses", "websocket"]

CUSTOM_LLMAPI_TYPE_VALUES: set[CustomLlmapiType] = {
    "chat_completions",
    "responses",
    "websocket",
}


def check_custom_llmapi_type(value: str) -> CustomLlmapiType:
    if value in CUSTOM_LLMAPI_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_LLMAPI_TYPE_VALUES!r}")
