from typing import Literal

WebhookToolApiSchemaConfigInputMethod = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]

WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_METHOD_VALUES: set[WebhookToolApiSchemaConfigInputMethod] = {
    "DELETE",
    "GET",
    "PATCH",
    "POST",
    "PUT",
}


def check_webhook_tool_api_schema_config_input_method(value: str) -> WebhookToolApiSchemaConfigInputMethod:
    if value in WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_METHOD_VALUES!r}"
    )
