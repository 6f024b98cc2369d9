from typing import Literal

CriteriaScoringMode = Literal["binary", "numeric_uniform"]

CRITERIA_SCORING_MODE_VALUES: set[CriteriaScoringMode] = {
    "binary",
    "numeric_uniform",
}


def check_criteria_scoring_mode(value: str) -> CriteriaScoringMode:
    if value in CRITERIA_SCORING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRITERIA_SCORING_MODE_VALUES!r}")
