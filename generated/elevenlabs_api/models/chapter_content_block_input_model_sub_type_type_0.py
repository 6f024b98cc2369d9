from typing import Literal

ChapterContentBlockInputModelSubTypeType0 = Literal["h1", "h2", "h3", "p"]

CHAPTER_CONTENT_BLOCK_INPUT_MODEL_SUB_TYPE_TYPE_0_VALUES: set[ChapterContentBlockInputModelSubTypeType0] = {
    "h1",
    "h2",
    "h3",
    "p",
}


def check_chapter_content_block_input_model_sub_type_type_0(value: str) -> ChapterContentBlockInputModelSubTypeType0:
    if value in CHAPTER_CONTENT_BLOCK_INPUT_MODEL_SUB_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAPTER_CONTENT_BLOCK_INPUT_MODEL_SUB_TYPE_TYPE_0_VALUES!r}"
    )
