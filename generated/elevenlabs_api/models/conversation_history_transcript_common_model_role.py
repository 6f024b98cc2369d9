from typing import Literal

ConversationHistoryTranscriptCommonModelRole = Literal["agent", "user"]

CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_ROLE_VALUES: set[ConversationHistoryTranscriptCommonModelRole] = {
    "agent",
    "user",
}


def check_conversation_history_transcript_common_model_role(value: str) -> ConversationHistoryTranscriptCommonModelRole:
    if value in CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_ROLE_VALUES!r}"
    )
