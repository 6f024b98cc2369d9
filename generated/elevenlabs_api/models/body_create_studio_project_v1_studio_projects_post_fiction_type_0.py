from typing import Literal

BodyCreateStudioProjectV1StudioProjectsPostFictionType0 = Literal["fiction", "non-fiction"]

BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_FICTION_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostFictionType0
] = {
    "fiction",
    "non-fiction",
}


def check_body_create_studio_project_v1_studio_projects_post_fiction_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostFictionType0:
    if value in BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_FICTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_FICTION_TYPE_0_VALUES!r}"
    )
