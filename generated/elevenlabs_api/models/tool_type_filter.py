from typing import Literal

ToolTypeFilter = Literal["api_integration_webhook", "client", "webhook"]

TOOL_TYPE_FILTER_VALUES: set[ToolTypeFilter] = {
    "api_integration_webhook",
    "client",
    "webhook",
}


def check_tool_type_filter(value: str) -> ToolTypeFilter:
    if value in TOOL_TYPE_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_TYPE_FILTER_VALUES!r}")
