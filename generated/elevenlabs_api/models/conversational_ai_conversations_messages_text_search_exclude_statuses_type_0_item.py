from typing import Literal

ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item = Literal[
    "done", "failed", "in-progress", "initiated", "processing"
]

CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES: set[
    ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item
] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_conversational_ai_conversations_messages_text_search_exclude_statuses_type_0_item(
    value: str,
) -> ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item:
    if value in CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES!r}"
    )
