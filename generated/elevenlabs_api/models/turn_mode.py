from typing import Literal

TurnMode = Literal["silence", "turn"]

TURN_MODE_VALUES: set[TurnMode] = {
    "silence",
    "turn",
}


def check_turn_mode(value: str) -> TurnMode:
    if value in TURN_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TURN_MODE_VALUES!r}")
