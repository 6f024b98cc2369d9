from typing import Literal

ToolErrorHandlingMode = Literal["auto", "hide", "passthrough", "summarized"]

TOOL_ERROR_HANDLING_MODE_VALUES: set[ToolErrorHandlingMode] = {
    "auto",
    "hide",
    "passthrough",
    "summarized",
}


def check_tool_error_handling_mode(value: str) -> ToolErrorHandlingMode:
    if value in TOOL_ERROR_HANDLING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_ERROR_HANDLING_MODE_VALUES!r}")
