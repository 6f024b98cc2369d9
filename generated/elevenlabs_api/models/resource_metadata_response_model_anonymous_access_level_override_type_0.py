from typing import Literal

ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0 = Literal["admin", "commenter", "editor", "viewer"]

RESOURCE_METADATA_RESPONSE_MODEL_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES: set[
    ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_resource_metadata_response_model_anonymous_access_level_override_type_0(
    value: str,
) -> ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0:
    if value in RESOURCE_METADATA_RESPONSE_MODEL_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_METADATA_RESPONSE_MODEL_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES!r}"
    )
