from typing import Literal

ChapterResponseStateType0 = Literal["converting", "default"]

CHAPTER_RESPONSE_STATE_TYPE_0_VALUES: set[ChapterResponseStateType0] = {
    "converting",
    "default",
}


def check_chapter_response_state_type_0(value: str) -> ChapterResponseStateType0:
    if value in CHAPTER_RESPONSE_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAPTER_RESPONSE_STATE_TYPE_0_VALUES!r}")
