from typing import Literal

ProjectResponseModelFictionType0 = Literal["fiction", "non-fiction"]

PROJECT_RESPONSE_MODEL_FICTION_TYPE_0_VALUES: set[ProjectResponseModelFictionType0] = {
    "fiction",
    "non-fiction",
}


def check_project_response_model_fiction_type_0(value: str) -> ProjectResponseModelFictionType0:
    if value in PROJECT_RESPONSE_MODEL_FICTION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_MODEL_FICTION_TYPE_0_VALUES!r}")
