from typing import Literal

ProjectResponseFictionType0 = Literal["fiction", "non-fiction"]

PROJECT_RESPONSE_FICTION_TYPE_0_VALUES: set[ProjectResponseFictionType0] = {
    "fiction",
    "non-fiction",
}


def check_project_response_fiction_type_0(value: str) -> ProjectResponseFictionType0:
    if value in PROJECT_RESPONSE_FICTION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_FICTION_TYPE_0_VALUES!r}")
