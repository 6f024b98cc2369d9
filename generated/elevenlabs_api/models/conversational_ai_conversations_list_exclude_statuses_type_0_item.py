from typing import Literal

ConversationalAiConversationsListExcludeStatusesType0Item = Literal[
    "done", "failed", "in-progress", "initiated", "processing"
]

CONVERSATIONAL_AI_CONVERSATIONS_LIST_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES: set[
    ConversationalAiConversationsListExcludeStatusesType0Item
] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_conversational_ai_conversations_list_exclude_statuses_type_0_item(
    value: str,
) -> ConversationalAiConversationsListExcludeStatusesType0Item:
    if value in CONVERSATIONAL_AI_CONVERSATIONS_LIST_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATIONAL_AI_CONVERSATIONS_LIST_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES!r}"
    )
