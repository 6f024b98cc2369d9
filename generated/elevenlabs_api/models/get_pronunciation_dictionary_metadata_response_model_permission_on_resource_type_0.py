from typing import Literal

GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 = Literal[
    "admin", "commenter", "editor", "viewer"
]

GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0(
    value: str,
) -> GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0:
    if value in GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES!r}"
    )
