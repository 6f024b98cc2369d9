from typing import Literal

CharacterAge = Literal["middle_aged", "old", "young"]

CHARACTER_AGE_VALUES: set[CharacterAge] = {
    "middle_aged",
    "old",
    "young",
}


def check_character_age(value: str) -> CharacterAge:
    if value in CHARACTER_AGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHARACTER_AGE_VALUES!r}")
