from typing import Literal

ConversationalAiConversationsGetFormat = Literal["json", "opentelemetry"]

CONVERSATIONAL_AI_CONVERSATIONS_GET_FORMAT_VALUES: set[ConversationalAiConversationsGetFormat] = {
    "json",
    "opentelemetry",
}


def check_conversational_ai_conversations_get_format(value: str) -> ConversationalAiConversationsGetFormat:
    if value in CONVERSATIONAL_AI_CONVERSATIONS_GET_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATIONAL_AI_CONVERSATIONS_GET_FORMAT_VALUES!r}"
    )
