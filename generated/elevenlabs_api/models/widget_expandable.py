from typing import Literal

WidgetExpandable = Literal["always", "desktop", "mobile", "never"]

WIDGET_EXPANDABLE_VALUES: set[WidgetExpandable] = {
    "always",
    "desktop",
    "mobile",
    "never",
}


def check_widget_expandable(value: str) -> WidgetExpandable:
    if value in WIDGET_EXPANDABLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WIDGET_EXPANDABLE_VALUES!r}")
