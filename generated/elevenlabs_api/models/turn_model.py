from typing import Literal

TurnModel = Literal["turn_v2", "turn_v3"]

TURN_MODEL_VALUES: set[TurnModel] = {
    "turn_v2",
    "turn_v3",
}


def check_turn_model(value: str) -> TurnModel:
    if value in TURN_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TURN_MODEL_VALUES!r}")
