from typing import Literal

DubbingProjectResponseStatusType0 = Literal["failed", "preparing", "processing", "queued", "ready"]

DUBBING_PROJECT_RESPONSE_STATUS_TYPE_0_VALUES: set[DubbingProjectResponseStatusType0] = {
    "failed",
    "preparing",
    "processing",
    "queued",
    "ready",
}


def check_dubbing_project_response_status_type_0(value: str) -> DubbingProjectResponseStatusType0:
    if value in DUBBING_PROJECT_RESPONSE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_PROJECT_RESPONSE_STATUS_TYPE_0_VALUES!r}")
