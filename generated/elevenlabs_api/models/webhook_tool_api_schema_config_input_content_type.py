from typing import Literal

WebhookToolApiSchemaConfigInputContentType = Literal["application/json", "application/x-www-form-urlencoded"]

WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_CONTENT_TYPE_VALUES: set[WebhookToolApiSchemaConfigInputContentType] = {
    "application/json",
    "application/x-www-form-urlencoded",
}


def check_webhook_tool_api_schema_config_input_content_type(value: str) -> WebhookToolApiSchemaConfigInputContentType:
    if value in WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_CONTENT_TYPE_VALUES!r}"
    )
