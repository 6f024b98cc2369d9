from typing import Literal

ConversationalAiConversationsListSummaryMode = Literal["exclude", "include"]

CONVERSATIONAL_AI_CONVERSATIONS_LIST_SUMMARY_MODE_VALUES: set[ConversationalAiConversationsListSummaryMode] = {
    "exclude",
    "include",
}


def check_conversational_ai_conversations_list_summary_mode(value: str) -> ConversationalAiConversationsListSummaryMode:
    if value in CONVERSATIONAL_AI_CONVERSATIONS_LIST_SUMMARY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATIONAL_AI_CONVERSATIONS_LIST_SUMMARY_MODE_VALUES!r}"
    )
