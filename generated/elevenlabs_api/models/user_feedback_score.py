from typing import Literal

UserFeedbackScore = Literal["dislike", "like"]

USER_FEEDBACK_SCORE_VALUES: set[UserFeedbackScore] = {
    "dislike",
    "like",
}


def check_user_feedback_score(value: str) -> UserFeedbackScore:
    if value in USER_FEEDBACK_SCORE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_FEEDBACK_SCORE_VALUES!r}")
