from typing import Literal

ConversationHistoryTranscriptCommonModelOutputSourceMedium = Literal["audio", "text"]

CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_SOURCE_MEDIUM_VALUES: set[
    ConversationHistoryTranscriptCommonModelOutputSourceMedium
] = {
    "audio",
    "text",
}


def check_conversation_history_transcript_common_model_output_source_medium(
    value: str,
) -> ConversationHistoryTranscriptCommonModelOutputSourceMedium:
    if value in CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_SOURCE_MEDIUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_SOURCE_MEDIUM_VALUES!r}"
    )
