from typing import Literal

ResponseFilterMode = Literal["all", "allow", "hide_all"]

RESPONSE_FILTER_MODE_VALUES: set[ResponseFilterMode] = {
    "all",
    "allow",
    "hide_all",
}


def check_response_filter_mode(value: str) -> ResponseFilterMode:
    if value in RESPONSE_FILTER_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_FILTER_MODE_VALUES!r}")
