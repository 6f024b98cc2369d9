from typing import Literal

PreToolSpeechMode = Literal["auto", "force", "off"]

PRE_TOOL_SPEECH_MODE_VALUES: set[PreToolSpeechMode] = {
    "auto",
    "force",
    "off",
}


def check_pre_tool_speech_mode(value: str) -> PreToolSpeechMode:
    if value in PRE_TOOL_SPEECH_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRE_TOOL_SPEECH_MODE_VALUES!r}")
