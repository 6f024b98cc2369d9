from typing import Literal

WidgetFeedbackMode = Literal["during", "end", "none"]

WIDGET_FEEDBACK_MODE_VALUES: set[WidgetFeedbackMode] = {
    "during",
    "end",
    "none",
}


def check_widget_feedback_mode(value: str) -> WidgetFeedbackMode:
    if value in WIDGET_FEEDBACK_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WIDGET_FEEDBACK_MODE_VALUES!r}")
