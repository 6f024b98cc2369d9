from typing import Literal

WidgetEndFeedbackType = Literal["rating"]

WIDGET_END_FEEDBACK_TYPE_VALUES: set[WidgetEndFeedbackType] = {
    "rating",
}


def check_widget_end_feedback_type(value: str) -> WidgetEndFeedbackType:
    if value in WIDGET_END_FEEDBACK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WIDGET_END_FEEDBACK_TYPE_VALUES!r}")
