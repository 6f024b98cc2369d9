from typing import Literal

LiteralJsonSchemaPropertyType = Literal["boolean", "integer", "number", "string"]

LITERAL_JSON_SCHEMA_PROPERTY_TYPE_VALUES: set[LiteralJsonSchemaPropertyType] = {
    "boolean",
    "integer",
    "number",
    "string",
}


def check_literal_json_schema_property_type(value: str) -> LiteralJsonSchemaPropertyType:
    if value in LITERAL_JSON_SCHEMA_PROPERTY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LITERAL_JSON_SCHEMA_PROPERTY_TYPE_VALUES!r}")
