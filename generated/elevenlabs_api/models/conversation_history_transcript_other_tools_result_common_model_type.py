from typing import Literal

ConversationHistoryTranscriptOtherToolsResultCommonModelType = Literal["client", "mcp", "webhook"]

CONVERSATION_HISTORY_TRANSCRIPT_OTHER_TOOLS_RESULT_COMMON_MODEL_TYPE_VALUES: set[
    ConversationHistoryTranscriptOtherToolsResultCommonModelType
] = {
    "client",
    "mcp",
    "webhook",
}


def check_conversation_history_transcript_other_tools_result_common_model_type(
    value: str,
) -> ConversationHistoryTranscriptOtherToolsResultCommonModelType:
    if value in CONVERSATION_HISTORY_TRANSCRIPT_OTHER_TOOLS_RESULT_COMMON_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_TRANSCRIPT_OTHER_TOOLS_RESULT_COMMON_MODEL_TYPE_VALUES!r}"
    )
