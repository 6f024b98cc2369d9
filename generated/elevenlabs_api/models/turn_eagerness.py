from typing import Literal

TurnEagerness = Literal["eager", "normal", "patient"]

TURN_EAGERNESS_VALUES: set[TurnEagerness] = {
    "eager",
    "normal",
    "patient",
}


def check_turn_eagerness(value: str) -> TurnEagerness:
    if value in TURN_EAGERNESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TURN_EAGERNESS_VALUES!r}")
