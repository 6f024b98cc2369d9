from typing import Literal

ToolExecutionMode = Literal["async", "immediate", "post_tool_speech"]

TOOL_EXECUTION_MODE_VALUES: set[ToolExecutionMode] = {
    "async",
    "immediate",
    "post_tool_speech",
}


def check_tool_execution_mode(value: str) -> ToolExecutionMode:
    if value in TOOL_EXECUTION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_EXECUTION_MODE_VALUES!r}")
