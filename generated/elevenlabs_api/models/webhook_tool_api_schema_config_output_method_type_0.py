from typing import Literal

WebhookToolApiSchemaConfigOutputMethodType0 = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]

WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_METHOD_TYPE_0_VALUES: set[WebhookToolApiSchemaConfigOutputMethodType0] = {
    "DELETE",
    "GET",
    "PATCH",
    "POST",
    "PUT",
}


def check_webhook_tool_api_schema_config_output_method_type_0(
    value: str,
) -> WebhookToolApiSchemaConfigOutputMethodType0:
    if value in WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_METHOD_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_METHOD_TYPE_0_VALUES!r}"
    )
