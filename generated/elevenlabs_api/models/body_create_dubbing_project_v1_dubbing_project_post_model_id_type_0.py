from typing import Literal

BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 = Literal["dubbing_v1", "dubbing_v2"]

BODY_CREATE_DUBBING_PROJECT_V1_DUBBING_PROJECT_POST_MODEL_ID_TYPE_0_VALUES: set[
    BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0
] = {
    "dubbing_v1",
    "dubbing_v2",
}


def check_body_create_dubbing_project_v1_dubbing_project_post_model_id_type_0(
    value: str,
) -> BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0:
    if value in BODY_CREATE_DUBBING_PROJECT_V1_DUBBING_PROJECT_POST_MODEL_ID_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_DUBBING_PROJECT_V1_DUBBING_PROJECT_POST_MODEL_ID_TYPE_0_VALUES!r}"
    )
