from typing import Literal

ReferencedToolCommonModelTypeType0 = Literal[
    "api_integration_webhook", "client", "code", "mcp", "system", "webhook", "workflow"
]

REFERENCED_TOOL_COMMON_MODEL_TYPE_TYPE_0_VALUES: set[ReferencedToolCommonModelTypeType0] = {
    "api_integration_webhook",
    "client",
    "code",
    "mcp",
    "system",
    "webhook",
    "workflow",
}


def check_referenced_tool_common_model_type_type_0(value: str) -> ReferencedToolCommonModelTypeType0:
    if value in REFERENCED_TOOL_COMMON_MODEL_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERENCED_TOOL_COMMON_MODEL_TYPE_TYPE_0_VALUES!r}")
