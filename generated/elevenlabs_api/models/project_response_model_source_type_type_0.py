from typing import Literal

ProjectResponseModelSourceTypeType0 = Literal["article", "blank", "book", "genfm", "screenplay", "video"]

PROJECT_RESPONSE_MODEL_SOURCE_TYPE_TYPE_0_VALUES: set[ProjectResponseModelSourceTypeType0] = {
    "article",
    "blank",
    "book",
    "genfm",
    "screenplay",
    "video",
}


def check_project_response_model_source_type_type_0(value: str) -> ProjectResponseModelSourceTypeType0:
    if value in PROJECT_RESPONSE_MODEL_SOURCE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_MODEL_SOURCE_TYPE_TYPE_0_VALUES!r}")
