from typing import Literal

ProjectExtendedResponseSourceTypeType0 = Literal["article", "blank", "book", "genfm", "screenplay", "video"]

PROJECT_EXTENDED_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES: set[ProjectExtendedResponseSourceTypeType0] = {
    "article",
    "blank",
    "book",
    "genfm",
    "screenplay",
    "video",
}


def check_project_extended_response_source_type_type_0(value: str) -> ProjectExtendedResponseSourceTypeType0:
    if value in PROJECT_EXTENDED_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES!r}"
    )
