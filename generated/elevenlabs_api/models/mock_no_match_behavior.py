from typing import Literal

MockNoMatchBehavior = Literal["call_real_tool", "raise_error"]

MOCK_NO_MATCH_BEHAVIOR_VALUES: set[MockNoMatchBehavior] = {
    "call_real_tool",
    "raise_error",
}


def check_mock_no_match_behavior(value: str) -> MockNoMatchBehavior:
    if value in MOCK_NO_MATCH_BEHAVIOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MOCK_NO_MATCH_BEHAVIOR_VALUES!r}")
