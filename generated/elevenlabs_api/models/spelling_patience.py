from typing import Literal

SpellingPatience = Literal["auto", "off"]

SPELLING_PATIENCE_VALUES: set[SpellingPatience] = {
    "auto",
    "off",
}


def check_spelling_patience(value: str) -> SpellingPatience:
    if value in SPELLING_PATIENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPELLING_PATIENCE_VALUES!r}")
