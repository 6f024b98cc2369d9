from typing import Literal

DependentAvailableToolIdentifierAccessLevelType0 = Literal["admin", "commenter", "editor", "viewer"]

DEPENDENT_AVAILABLE_TOOL_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES: set[
    DependentAvailableToolIdentifierAccessLevelType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_dependent_available_tool_identifier_access_level_type_0(
    value: str,
) -> DependentAvailableToolIdentifierAccessLevelType0:
    if value in DEPENDENT_AVAILABLE_TOOL_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPENDENT_AVAILABLE_TOOL_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES!r}"
    )
