from enum import StrEnum


class ConversationFeedbackType(StrEnum):
    RATING = "rating"
    THUMBS = "thumbs"

    def __str__(self) -> str:
        return str(self.value)
