from typing import Literal

BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0 = Literal[
    "admin", "commenter", "editor", "viewer"
]

BODY_ADD_A_PRONUNCIATION_DICTIONARY_V1_PRONUNCIATION_DICTIONARIES_ADD_FROM_RULES_POST_WORKSPACE_ACCESS_TYPE_0_VALUES: set[
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post_workspace_access_type_0(
    value: str,
) -> BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0:
    if (
        value
        in BODY_ADD_A_PRONUNCIATION_DICTIONARY_V1_PRONUNCIATION_DICTIONARIES_ADD_FROM_RULES_POST_WORKSPACE_ACCESS_TYPE_0_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_ADD_A_PRONUNCIATION_DICTIONARY_V1_PRONUNCIATION_DICTIONARIES_ADD_FROM_RULES_POST_WORKSPACE_ACCESS_TYPE_0_VALUES!r}"
    )
