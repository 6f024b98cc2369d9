from typing import Literal

Gemini31FlashImageRequestResolution = Literal["1K", "2K", "4K", "512"]

GEMINI_31_FLASH_IMAGE_REQUEST_RESOLUTION_VALUES: set[Gemini31FlashImageRequestResolution] = {
    "1K",
    "2K",
    "4K",
    "512",
}


def check_gemini_31_flash_image_request_resolution(value: str) -> Gemini31FlashImageRequestResolution:
    if value in GEMINI_31_FLASH_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_REQUEST_RESOLUTION_VALUES!r}")
