from typing import Literal

AddPronunciationDictionaryResponseModelPermissionOnResourceType0 = Literal["admin", "commenter", "editor", "viewer"]

ADD_PRONUNCIATION_DICTIONARY_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    AddPronunciationDictionaryResponseModelPermissionOnResourceType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_add_pronunciation_dictionary_response_model_permission_on_resource_type_0(
    value: str,
) -> AddPronunciationDictionaryResponseModelPermissionOnResourceType0:
    if value in ADD_PRONUNCIATION_DICTIONARY_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PRONUNCIATION_DICTIONARY_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES!r}"
    )
