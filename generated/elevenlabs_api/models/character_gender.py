from typing import Literal

CharacterGender = Literal["female", "male", "neutral"]

CHARACTER_GENDER_VALUES: set[CharacterGender] = {
    "female",
    "male",
    "neutral",
}


def check_character_gender(value: str) -> CharacterGender:
    if value in CHARACTER_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHARACTER_GENDER_VALUES!r}")
