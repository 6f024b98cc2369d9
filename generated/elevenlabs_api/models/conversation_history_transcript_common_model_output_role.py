from typing import Literal

ConversationHistoryTranscriptCommonModelOutputRole = Literal["agent", "user"]

CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_ROLE_VALUES: set[
    ConversationHistoryTranscriptCommonModelOutputRole
] = {
    "agent",
    "user",
}


def check_conversation_history_transcript_common_model_output_role(
    value: str,
) -> ConversationHistoryTranscriptCommonModelOutputRole:
    if value in CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_ROLE_VALUES!r}"
    )
