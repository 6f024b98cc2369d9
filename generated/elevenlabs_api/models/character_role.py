from typing import Literal

CharacterRole = Literal["main", "minor", "narrator", "supporting"]

CHARACTER_ROLE_VALUES: set[CharacterRole] = {
    "main",
    "minor",
    "narrator",
    "supporting",
}


def check_character_role(value: str) -> CharacterRole:
    if value in CHARACTER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHARACTER_ROLE_VALUES!r}")
