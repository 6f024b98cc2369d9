from typing import Literal

ProjectExtendedResponseFictionType0 = Literal["fiction", "non-fiction"]

PROJECT_EXTENDED_RESPONSE_FICTION_TYPE_0_VALUES: set[ProjectExtendedResponseFictionType0] = {
    "fiction",
    "non-fiction",
}


def check_project_extended_response_fiction_type_0(value: str) -> ProjectExtendedResponseFictionType0:
    if value in PROJECT_EXTENDED_RESPONSE_FICTION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_FICTION_TYPE_0_VALUES!r}")
