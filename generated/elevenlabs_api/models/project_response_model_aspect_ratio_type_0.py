from typing import Literal

ProjectResponseModelAspectRatioType0 = Literal["16:9", "1:1", "4:5", "9:16"]

PROJECT_RESPONSE_MODEL_ASPECT_RATIO_TYPE_0_VALUES: set[ProjectResponseModelAspectRatioType0] = {
    "16:9",
    "1:1",
    "4:5",
    "9:16",
}


def check_project_response_model_aspect_ratio_type_0(value: str) -> ProjectResponseModelAspectRatioType0:
    if value in PROJECT_RESPONSE_MODEL_ASPECT_RATIO_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_MODEL_ASPECT_RATIO_TYPE_0_VALUES!r}"
    )
