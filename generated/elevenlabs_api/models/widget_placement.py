from typing import Literal

WidgetPlacement = Literal["bottom", "bottom-left", "bottom-right", "top", "top-left", "top-right"]

WIDGET_PLACEMENT_VALUES: set[WidgetPlacement] = {
    "bottom",
    "bottom-left",
    "bottom-right",
    "top",
    "top-left",
    "top-right",
}


def check_widget_placement(value: str) -> WidgetPlacement:
    if value in WIDGET_PLACEMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WIDGET_PLACEMENT_VALUES!r}")
