from typing import Literal

GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0 = Literal["admin", "commenter", "editor", "viewer"]

GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_get_pronunciation_dictionary_metadata_response_permission_on_resource_type_0(
    value: str,
) -> GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0:
    if value in GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_PERMISSION_ON_RESOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_PERMISSION_ON_RESOURCE_TYPE_0_VALUES!r}"
    )
