from typing import Literal

LivekitStackType = Literal["standard", "static"]

LIVEKIT_STACK_TYPE_VALUES: set[LivekitStackType] = {
    "standard",
    "static",
}


def check_livekit_stack_type(value: str) -> LivekitStackType:
    if value in LIVEKIT_STACK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIVEKIT_STACK_TYPE_VALUES!r}")
