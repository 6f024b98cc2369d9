from typing import Literal

BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 = Literal["asc", "desc"]

BODY_LIST_API_REQUESTS_V1_WORKSPACE_ANALYTICS_REQUESTS_POST_SORT_TYPE_0_VALUES: set[
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0
] = {
    "asc",
    "desc",
}


def check_body_list_api_requests_v1_workspace_analytics_requests_post_sort_type_0(
    value: str,
) -> BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0:
    if value in BODY_LIST_API_REQUESTS_V1_WORKSPACE_ANALYTICS_REQUESTS_POST_SORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_LIST_API_REQUESTS_V1_WORKSPACE_ANALYTICS_REQUESTS_POST_SORT_TYPE_0_VALUES!r}"
    )
