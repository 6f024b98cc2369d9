from typing import Literal

DependentAvailableMcpServerIdentifierAccessLevelType0 = Literal["admin", "commenter", "editor", "viewer"]

DEPENDENT_AVAILABLE_MCP_SERVER_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES: set[
    DependentAvailableMcpServerIdentifierAccessLevelType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_dependent_available_mcp_server_identifier_access_level_type_0(
    value: str,
) -> DependentAvailableMcpServerIdentifierAccessLevelType0:
    if value in DEPENDENT_AVAILABLE_MCP_SERVER_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPENDENT_AVAILABLE_MCP_SERVER_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES!r}"
    )
