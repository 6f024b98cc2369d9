from typing import Literal

WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0 = Literal[
    "Array", "Bool", "DateTime", "Float", "Int", "JSON", "Map", "String"
]

WORKSPACE_ANALYTICS_QUERY_RESPONSE_MODEL_COLUMN_TYPES_ITEM_TYPE_0_VALUES: set[
    WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0
] = {
    "Array",
    "Bool",
    "DateTime",
    "Float",
    "Int",
    "JSON",
    "Map",
    "String",
}


def check_workspace_analytics_query_response_model_column_types_item_type_0(
    value: str,
) -> WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0:
    if value in WORKSPACE_ANALYTICS_QUERY_RESPONSE_MODEL_COLUMN_TYPES_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_ANALYTICS_QUERY_RESPONSE_MODEL_COLUMN_TYPES_ITEM_TYPE_0_VALUES!r}"
    )
