from typing import Literal

BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item = Literal[
    "actor",
    "billing_group_id",
    "fiat_charge_type",
    "fiat_currency",
    "hashed_xi_api_key",
    "model",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue_type",
    "request_source",
    "resource_id",
    "subresource_id",
    "surface",
    "user_id",
    "voice_id",
    "voice_multiplier",
]

BODY_GET_WORKSPACE_USAGE_V1_WORKSPACE_ANALYTICS_QUERY_USAGE_BY_PRODUCT_OVER_TIME_POST_GROUP_BY_TYPE_0_ITEM_VALUES: set[
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item
] = {
    "actor",
    "billing_group_id",
    "fiat_charge_type",
    "fiat_currency",
    "hashed_xi_api_key",
    "model",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue_type",
    "request_source",
    "resource_id",
    "subresource_id",
    "surface",
    "user_id",
    "voice_id",
    "voice_multiplier",
}


def check_body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post_group_by_type_0_item(
    value: str,
) -> BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item:
    if (
        value
        in BODY_GET_WORKSPACE_USAGE_V1_WORKSPACE_ANALYTICS_QUERY_USAGE_BY_PRODUCT_OVER_TIME_POST_GROUP_BY_TYPE_0_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_GET_WORKSPACE_USAGE_V1_WORKSPACE_ANALYTICS_QUERY_USAGE_BY_PRODUCT_OVER_TIME_POST_GROUP_BY_TYPE_0_ITEM_VALUES!r}"
    )
