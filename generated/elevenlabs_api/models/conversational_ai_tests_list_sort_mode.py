from typing import Literal

ConversationalAiTestsListSortMode = Literal["default", "folders_first"]

CONVERSATIONAL_AI_TESTS_LIST_SORT_MODE_VALUES: set[ConversationalAiTestsListSortMode] = {
    "default",
    "folders_first",
}


def check_conversational_ai_tests_list_sort_mode(value: str) -> ConversationalAiTestsListSortMode:
    if value in CONVERSATIONAL_AI_TESTS_LIST_SORT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATIONAL_AI_TESTS_LIST_SORT_MODE_VALUES!r}")
