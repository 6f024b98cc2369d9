from typing import Literal

CustomLLMAPIType = Literal["chat_completions", "responses", "websocket"]

CUSTOM_LLMAPI_TYPE_VALUES: set[CustomLLMAPIType] = {
    "chat_completions",
    "responses",
    "websocket",
}


def check_custom_llmapi_type(value: str) -> CustomLLMAPIType:
    if value in CUSTOM_LLMAPI_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_LLMAPI_TYPE_VALUES!r}")
