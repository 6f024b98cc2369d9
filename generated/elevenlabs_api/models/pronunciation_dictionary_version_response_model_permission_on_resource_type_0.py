from typing import Literal

PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 = Literal["admin", "commenter", "editor", "viewer"]

PRONUNCIATION_DICTIONARY_VERSION_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_pronunciation_dictionary_version_response_model_permission_on_resource_type_0(
    value: str,
) -> PronunciationDictionaryVersionResponseModelPermissionOnResourceType0:
    if value in PRONUNCIATION_DICTIONARY_VERSION_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRONUNCIATION_DICTIONARY_VERSION_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES!r}"
    )
