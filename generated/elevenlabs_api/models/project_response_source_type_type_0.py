from typing import Literal

ProjectResponseSourceTypeType0 = Literal["article", "blank", "book", "genfm", "screenplay", "video"]

PROJECT_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES: set[ProjectResponseSourceTypeType0] = {
    "article",
    "blank",
    "book",
    "genfm",
    "screenplay",
    "video",
}


def check_project_response_source_type_type_0(value: str) -> ProjectResponseSourceTypeType0:
    if value in PROJECT_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES!r}")
