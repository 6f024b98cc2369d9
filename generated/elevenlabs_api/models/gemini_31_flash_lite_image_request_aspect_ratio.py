from typing import Literal

Gemini31FlashLiteImageRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

GEMINI_31_FLASH_LITE_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini31FlashLiteImageRequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_gemini_31_flash_lite_image_request_aspect_ratio(value: str) -> Gemini31FlashLiteImageRequestAspectRatio:
    if value in GEMINI_31_FLASH_LITE_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_LITE_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
