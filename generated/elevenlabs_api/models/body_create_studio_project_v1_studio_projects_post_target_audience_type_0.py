from typing import Literal

BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 = Literal["adult", "all ages", "children", "young adult"]

BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_TARGET_AUDIENCE_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0
] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_body_create_studio_project_v1_studio_projects_post_target_audience_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0:
    if value in BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_TARGET_AUDIENCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_TARGET_AUDIENCE_TYPE_0_VALUES!r}"
    )
