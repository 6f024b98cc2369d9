from typing import Literal

DubbingLanguageResponseStatusType0 = Literal["completed", "failed", "processing", "queued", "stale"]

DUBBING_LANGUAGE_RESPONSE_STATUS_TYPE_0_VALUES: set[DubbingLanguageResponseStatusType0] = {
    "completed",
    "failed",
    "processing",
    "queued",
    "stale",
}


def check_dubbing_language_response_status_type_0(value: str) -> DubbingLanguageResponseStatusType0:
    if value in DUBBING_LANGUAGE_RESPONSE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LANGUAGE_RESPONSE_STATUS_TYPE_0_VALUES!r}")
