from typing import Literal

CommitStrategy = Literal["manual", "vad"]

COMMIT_STRATEGY_VALUES: set[CommitStrategy] = {
    "manual",
    "vad",
}


def check_commit_strategy(value: str) -> CommitStrategy:
    if value in COMMIT_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMMIT_STRATEGY_VALUES!r}")
