from typing import Literal

AddPronunciationDictionaryRequestWorkspaceAccessType0 = Literal["admin", "commenter", "editor", "viewer"]

ADD_PRONUNCIATION_DICTIONARY_REQUEST_WORKSPACE_ACCESS_TYPE_0_VALUES: set[
    AddPronunciationDictionaryRequestWorkspaceAccessType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_add_pronunciation_dictionary_request_workspace_access_type_0(
    value: str,
) -> AddPronunciationDictionaryRequestWorkspaceAccessType0:
    if value in ADD_PRONUNCIATION_DICTIONARY_REQUEST_WORKSPACE_ACCESS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PRONUNCIATION_DICTIONARY_REQUEST_WORKSPACE_ACCESS_TYPE_0_VALUES!r}"
    )
