from typing import Literal

FeedbackScore = Literal["dislike", "like"]

FEEDBACK_SCORE_VALUES: set[FeedbackScore] = {
    "dislike",
    "like",
}


def check_feedback_score(value: str) -> FeedbackScore:
    if value in FEEDBACK_SCORE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_SCORE_VALUES!r}")
