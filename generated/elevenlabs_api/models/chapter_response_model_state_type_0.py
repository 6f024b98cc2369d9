from typing import Literal

ChapterResponseModelStateType0 = Literal["converting", "default"]

CHAPTER_RESPONSE_MODEL_STATE_TYPE_0_VALUES: set[ChapterResponseModelStateType0] = {
    "converting",
    "default",
}


def check_chapter_response_model_state_type_0(value: str) -> ChapterResponseModelStateType0:
    if value in CHAPTER_RESPONSE_MODEL_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAPTER_RESPONSE_MODEL_STATE_TYPE_0_VALUES!r}")
