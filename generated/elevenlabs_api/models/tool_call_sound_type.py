from typing import Literal

ToolCallSoundType = Literal["elevator1", "elevator2", "elevator3", "elevator4", "typing"]

TOOL_CALL_SOUND_TYPE_VALUES: set[ToolCallSoundType] = {
    "elevator1",
    "elevator2",
    "elevator3",
    "elevator4",
    "typing",
}


def check_tool_call_sound_type(value: str) -> ToolCallSoundType:
    if value in TOOL_CALL_SOUND_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_CALL_SOUND_TYPE_VALUES!r}")
