from typing import Literal

LlmLiteralJsonSchemaPropertyTypeType0 = Literal["boolean", "integer", "number", "string"]

LLM_LITERAL_JSON_SCHEMA_PROPERTY_TYPE_TYPE_0_VALUES: set[LlmLiteralJsonSchemaPropertyTypeType0] = {
    "boolean",
    "integer",
    "number",
    "string",
}


def check_llm_literal_json_schema_property_type_type_0(value: str) -> LlmLiteralJsonSchemaPropertyTypeType0:
    if value in LLM_LITERAL_JSON_SCHEMA_PROPERTY_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_LITERAL_JSON_SCHEMA_PROPERTY_TYPE_TYPE_0_VALUES!r}"
    )
