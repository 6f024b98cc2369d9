from typing import Literal

ConversationFeedbackType = Literal["rating", "thumbs"]

CONVERSATION_FEEDBACK_TYPE_VALUES: set[ConversationFeedbackType] = {
    "rating",
    "thumbs",
}


def check_conversation_feedback_type(value: str) -> ConversationFeedbackType:
    if value in CONVERSATION_FEEDBACK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_FEEDBACK_TYPE_VALUES!r}")
