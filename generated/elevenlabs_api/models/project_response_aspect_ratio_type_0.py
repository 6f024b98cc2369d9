from typing import Literal

ProjectResponseAspectRatioType0 = Literal["16:9", "1:1", "4:5", "9:16"]

PROJECT_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES: set[ProjectResponseAspectRatioType0] = {
    "16:9",
    "1:1",
    "4:5",
    "9:16",
}


def check_project_response_aspect_ratio_type_0(value: str) -> ProjectResponseAspectRatioType0:
    if value in PROJECT_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES!r}")
