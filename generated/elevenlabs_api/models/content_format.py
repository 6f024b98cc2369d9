from typing import Literal

ContentFormat = Literal["html", "markdown"]

CONTENT_FORMAT_VALUES: set[ContentFormat] = {
    "html",
    "markdown",
}


def check_content_format(value: str) -> ContentFormat:
    if value in CONTENT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_FORMAT_VALUES!r}")
