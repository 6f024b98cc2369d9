from typing import Literal

BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole = Literal[
    "admin", "commenter", "editor", "viewer"
]

BODY_SHARE_WORKSPACE_RESOURCE_V1_WORKSPACE_RESOURCES_RESOURCE_ID_SHARE_POST_ROLE_VALUES: set[
    BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_body_share_workspace_resource_v1_workspace_resources_resource_id_share_post_role(
    value: str,
) -> BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole:
    if value in BODY_SHARE_WORKSPACE_RESOURCE_V1_WORKSPACE_RESOURCES_RESOURCE_ID_SHARE_POST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_SHARE_WORKSPACE_RESOURCE_V1_WORKSPACE_RESOURCES_RESOURCE_ID_SHARE_POST_ROLE_VALUES!r}"
    )
