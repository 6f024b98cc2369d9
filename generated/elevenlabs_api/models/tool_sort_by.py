from typing import Literal

ToolSortBy = Literal["created_at", "name"]

TOOL_SORT_BY_VALUES: set[ToolSortBy] = {
    "created_at",
    "name",
}


def check_tool_sort_by(value: str) -> ToolSortBy:
    if value in TOOL_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_SORT_BY_VALUES!r}")
