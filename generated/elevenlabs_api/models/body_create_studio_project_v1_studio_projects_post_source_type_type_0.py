from typing import Literal

BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 = Literal[
    "article", "blank", "book", "genfm", "screenplay", "video"
]

BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_SOURCE_TYPE_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0
] = {
    "article",
    "blank",
    "book",
    "genfm",
    "screenplay",
    "video",
}


def check_body_create_studio_project_v1_studio_projects_post_source_type_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0:
    if value in BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_SOURCE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_SOURCE_TYPE_TYPE_0_VALUES!r}"
    )
