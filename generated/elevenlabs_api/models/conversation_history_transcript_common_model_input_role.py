from typing import Literal

ConversationHistoryTranscriptCommonModelInputRole = Literal["agent", "user"]

CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_INPUT_ROLE_VALUES: set[
    ConversationHistoryTranscriptCommonModelInputRole
] = {
    "agent",
    "user",
}


def check_conversation_history_transcript_common_model_input_role(
    value: str,
) -> ConversationHistoryTranscriptCommonModelInputRole:
    if value in CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_INPUT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_INPUT_ROLE_VALUES!r}"
    )
