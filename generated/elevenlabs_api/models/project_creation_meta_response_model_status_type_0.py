from typing import Literal

ProjectCreationMetaResponseModelStatusType0 = Literal["creating", "draft", "failed", "finished", "pending"]

PROJECT_CREATION_META_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[ProjectCreationMetaResponseModelStatusType0] = {
    "creating",
    "draft",
    "failed",
    "finished",
    "pending",
}


def check_project_creation_meta_response_model_status_type_0(value: str) -> ProjectCreationMetaResponseModelStatusType0:
    if value in PROJECT_CREATION_META_RESPONSE_MODEL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_CREATION_META_RESPONSE_MODEL_STATUS_TYPE_0_VALUES!r}"
    )
