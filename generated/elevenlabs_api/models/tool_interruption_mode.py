from typing import Literal

ToolInterruptionMode = Literal["allow", "disable_during_tool", "disable_during_tool_and_turn"]

TOOL_INTERRUPTION_MODE_VALUES: set[ToolInterruptionMode] = {
    "allow",
    "disable_during_tool",
    "disable_during_tool_and_turn",
}


def check_tool_interruption_mode(value: str) -> ToolInterruptionMode:
    if value in TOOL_INTERRUPTION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_INTERRUPTION_MODE_VALUES!r}")
