from typing import Literal

MockingStrategy = Literal["all", "none", "selected"]

MOCKING_STRATEGY_VALUES: set[MockingStrategy] = {
    "all",
    "none",
    "selected",
}


def check_mocking_strategy(value: str) -> MockingStrategy:
    if value in MOCKING_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MOCKING_STRATEGY_VALUES!r}")
