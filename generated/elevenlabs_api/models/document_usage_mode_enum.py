from typing import Literal

DocumentUsageModeEnum = Literal["auto", "prompt"]

DOCUMENT_USAGE_MODE_ENUM_VALUES: set[DocumentUsageModeEnum] = {
    "auto",
    "prompt",
}


def check_document_usage_mode_enum(value: str) -> DocumentUsageModeEnum:
    if value in DOCUMENT_USAGE_MODE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOCUMENT_USAGE_MODE_ENUM_VALUES!r}")
