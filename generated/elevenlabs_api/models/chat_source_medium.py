from typing import Literal

ChatSourceMedium = Literal["audio", "file", "image", "text"]

CHAT_SOURCE_MEDIUM_VALUES: set[ChatSourceMedium] = {
    "audio",
    "file",
    "image",
    "text",
}


def check_chat_source_medium(value: str) -> ChatSourceMedium:
    if value in CHAT_SOURCE_MEDIUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_SOURCE_MEDIUM_VALUES!r}")
