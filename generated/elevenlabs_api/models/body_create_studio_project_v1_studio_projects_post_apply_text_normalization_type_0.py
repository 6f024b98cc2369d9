from typing import Literal

BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 = Literal["apply_english", "auto", "off", "on"]

BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0
] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_body_create_studio_project_v1_studio_projects_post_apply_text_normalization_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0:
    if value in BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES!r}"
    )
