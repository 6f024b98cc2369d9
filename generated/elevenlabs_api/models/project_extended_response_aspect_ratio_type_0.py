from typing import Literal

ProjectExtendedResponseAspectRatioType0 = Literal["16:9", "1:1", "4:5", "9:16"]

PROJECT_EXTENDED_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES: set[ProjectExtendedResponseAspectRatioType0] = {
    "16:9",
    "1:1",
    "4:5",
    "9:16",
}


def check_project_extended_response_aspect_ratio_type_0(value: str) -> ProjectExtendedResponseAspectRatioType0:
    if value in PROJECT_EXTENDED_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES!r}"
    )
