from typing import Literal

ConversationHistoryTranscriptResponseModelRoleType0 = Literal["agent", "user"]

CONVERSATION_HISTORY_TRANSCRIPT_RESPONSE_MODEL_ROLE_TYPE_0_VALUES: set[
    ConversationHistoryTranscriptResponseModelRoleType0
] = {
    "agent",
    "user",
}


def check_conversation_history_transcript_response_model_role_type_0(
    value: str,
) -> ConversationHistoryTranscriptResponseModelRoleType0:
    if value in CONVERSATION_HISTORY_TRANSCRIPT_RESPONSE_MODEL_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_HISTORY_TRANSCRIPT_RESPONSE_MODEL_ROLE_TYPE_0_VALUES!r}"
    )
