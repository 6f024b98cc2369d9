from typing import Literal

ArrayJsonSchemaPropertyInputPropertyKind = Literal["array", "object"]

ARRAY_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES: set[ArrayJsonSchemaPropertyInputPropertyKind] = {
    "array",
    "object",
}


def check_array_json_schema_property_input_property_kind(value: str) -> ArrayJsonSchemaPropertyInputPropertyKind:
    if value in ARRAY_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARRAY_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES!r}"
    )
