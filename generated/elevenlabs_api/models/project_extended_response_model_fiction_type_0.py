from typing import Literal

ProjectExtendedResponseModelFictionType0 = Literal["fiction", "non-fiction"]

PROJECT_EXTENDED_RESPONSE_MODEL_FICTION_TYPE_0_VALUES: set[ProjectExtendedResponseModelFictionType0] = {
    "fiction",
    "non-fiction",
}


def check_project_extended_response_model_fiction_type_0(value: str) -> ProjectExtendedResponseModelFictionType0:
    if value in PROJECT_EXTENDED_RESPONSE_MODEL_FICTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_MODEL_FICTION_TYPE_0_VALUES!r}"
    )
