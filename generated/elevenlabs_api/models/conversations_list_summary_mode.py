from typing import Literal

ConversationsListSummaryMode = Literal["exclude", "include"]

CONVERSATIONS_LIST_SUMMARY_MODE_VALUES: set[ConversationsListSummaryMode] = {
    "exclude",
    "include",
}


def check_conversations_list_summary_mode(value: str) -> ConversationsListSummaryMode:
    if value in CONVERSATIONS_LIST_SUMMARY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATIONS_LIST_SUMMARY_MODE_VALUES!r}")
