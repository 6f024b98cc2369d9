from typing import Literal

UsersSortBy = Literal["average_sentiment_score", "conversation_count", "last_contact_unix_secs"]

USERS_SORT_BY_VALUES: set[UsersSortBy] = {
    "average_sentiment_score",
    "conversation_count",
    "last_contact_unix_secs",
}


def check_users_sort_by(value: str) -> UsersSortBy:
    if value in USERS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USERS_SORT_BY_VALUES!r}")
