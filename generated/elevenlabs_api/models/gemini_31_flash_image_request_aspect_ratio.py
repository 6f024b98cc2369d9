from typing import Literal

Gemini31FlashImageRequestAspectRatio = Literal[
    "16:9", "1:1", "1:4", "1:8", "21:9", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "auto"
]

GEMINI_31_FLASH_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini31FlashImageRequestAspectRatio] = {
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "auto",
}


def check_gemini_31_flash_image_request_aspect_ratio(value: str) -> Gemini31FlashImageRequestAspectRatio:
    if value in GEMINI_31_FLASH_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
