from typing import Literal

ConversationalAiConversationsMessagesTextSearchSummaryMode = Literal["exclude", "include"]

CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_SUMMARY_MODE_VALUES: set[
    ConversationalAiConversationsMessagesTextSearchSummaryMode
] = {
    "exclude",
    "include",
}


def check_conversational_ai_conversations_messages_text_search_summary_mode(
    value: str,
) -> ConversationalAiConversationsMessagesTextSearchSummaryMode:
    if value in CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_SUMMARY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_SUMMARY_MODE_VALUES!r}"
    )
