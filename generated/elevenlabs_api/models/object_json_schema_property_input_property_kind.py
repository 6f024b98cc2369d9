from typing import Literal

ObjectJsonSchemaPropertyInputPropertyKind = Literal["array", "object"]

OBJECT_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES: set[ObjectJsonSchemaPropertyInputPropertyKind] = {
    "array",
    "object",
}


def check_object_json_schema_property_input_property_kind(value: str) -> ObjectJsonSchemaPropertyInputPropertyKind:
    if value in OBJECT_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBJECT_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES!r}"
    )
