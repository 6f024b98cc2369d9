from typing import Literal

WebhookToolApiSchemaConfigOutputContentTypeType0 = Literal["application/json", "application/x-www-form-urlencoded"]

WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_CONTENT_TYPE_TYPE_0_VALUES: set[
    WebhookToolApiSchemaConfigOutputContentTypeType0
] = {
    "application/json",
    "application/x-www-form-urlencoded",
}


def check_webhook_tool_api_schema_config_output_content_type_type_0(
    value: str,
) -> WebhookToolApiSchemaConfigOutputContentTypeType0:
    if value in WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_CONTENT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_CONTENT_TYPE_TYPE_0_VALUES!r}"
    )
