from typing import Literal

ChapterWithContentResponseModelStateType0 = Literal["converting", "default"]

CHAPTER_WITH_CONTENT_RESPONSE_MODEL_STATE_TYPE_0_VALUES: set[ChapterWithContentResponseModelStateType0] = {
    "converting",
    "default",
}


def check_chapter_with_content_response_model_state_type_0(value: str) -> ChapterWithContentResponseModelStateType0:
    if value in CHAPTER_WITH_CONTENT_RESPONSE_MODEL_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAPTER_WITH_CONTENT_RESPONSE_MODEL_STATE_TYPE_0_VALUES!r}"
    )
