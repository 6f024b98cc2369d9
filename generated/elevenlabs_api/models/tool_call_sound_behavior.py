from typing import Literal

ToolCallSoundBehavior = Literal["always", "auto"]

TOOL_CALL_SOUND_BEHAVIOR_VALUES: set[ToolCallSoundBehavior] = {
    "always",
    "auto",
}


def check_tool_call_sound_behavior(value: str) -> ToolCallSoundBehavior:
    if value in TOOL_CALL_SOUND_BEHAVIOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_CALL_SOUND_BEHAVIOR_VALUES!r}")
