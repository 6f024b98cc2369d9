from typing import Literal

Verbosity = Literal["auto", "concise", "thorough"]

VERBOSITY_VALUES: set[Verbosity] = {
    "auto",
    "concise",
    "thorough",
}


def check_verbosity(value: str) -> Verbosity:
    if value in VERBOSITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERBOSITY_VALUES!r}")
