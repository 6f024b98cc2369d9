"""`client.workspace.usage`: the operations of group `workspace_usage`, as methods of WorkspaceUsageResource and AsyncWorkspaceUsageResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import workspace_usage_get_usage_by_product_over_time


def _parse_workspace_usage_get_usage_by_product_over_time(
    response: httpx.Response,
) -> models.WorkspaceAnalyticsQueryResponseModel:
    from ...models.workspace_analytics_query_response_model import WorkspaceAnalyticsQueryResponseModel

    response_200 = WorkspaceAnalyticsQueryResponseModel.from_dict(loads(response.content))

    return response_200


class WorkspaceUsageResource:
    """The operations of group `workspace_usage`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceUsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceUsageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get_usage_by_product_over_time(
        self,
        start_time: int,
        end_time: int,
        *,
        interval_seconds: int | Unset = UNSET,
        group_by: builtins.list[
            models.BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item
        ]
        | None
        | Unset = UNSET,
        filters: builtins.list[models.ColumnFilter] | None | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceAnalyticsQueryResponseModel:
        """Get Workspace Usage

        Returns credit usage broken down by product type over time. The response is a tabular structure with
        columns, column_types, column_units, and rows.

        `POST /v1/workspace/analytics/query/usage-by-product-over-time`.

        Args:
            start_time (int): Start of the time range as a Unix timestamp in milliseconds. Must be at
                least 2020-01-01.
            end_time (int): End of the time range as a Unix timestamp in milliseconds. Must be at least
                2020-01-01.
            interval_seconds (int | Unset): Bucket size in seconds. Each row in the response covers this
                many seconds of the selected time range. For example, pass 3600 for hourly buckets or 86400
                for daily buckets. Whether `time_zone` shifts bucket boundaries depends on this value:
                whole-day multiples (e.g. 86400) align to local midnight; whole-hour multiples up to 24
                hours (e.g. 3600, 14400) align to local hour boundaries from midnight; sub-hour values and
                other sizes remain UTC-anchored regardless of `time_zone`. Defaults to 60 on the server.
            group_by (list[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item] | None | Unset):
            filters (list[ColumnFilter] | None | Unset):
            time_zone (str | Unset): IANA time zone identifier (e.g. 'America/New_York',
                'Europe/London', 'UTC') used to align bucket boundaries for eligible `interval_seconds`
                values. Whole-day multiples start at local midnight; whole-hour multiples up to 24 hours
                align to local hour boundaries from midnight. Sub-hour intervals and other bucket sizes
                remain UTC-anchored regardless of this setting. Defaults to UTC. Defaults to 'UTC' on the
                server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post import (
            BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
        )

        kwargs = workspace_usage_get_usage_by_product_over_time._get_kwargs(
            body=BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost(
                start_time=start_time,
                end_time=end_time,
                interval_seconds=interval_seconds,
                group_by=group_by,
                filters=filters,
                time_zone=time_zone,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_usage_get_usage_by_product_over_time, request_options)


class WorkspaceUsageResourceWithRawResponse:
    """`WorkspaceUsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceUsageResource) -> None:
        self.get_usage_by_product_over_time = raw_response(resource.get_usage_by_product_over_time)


class AsyncWorkspaceUsageResource:
    """The operations of group `workspace_usage`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceUsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceUsageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get_usage_by_product_over_time(
        self,
        start_time: int,
        end_time: int,
        *,
        interval_seconds: int | Unset = UNSET,
        group_by: builtins.list[
            models.BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item
        ]
        | None
        | Unset = UNSET,
        filters: builtins.list[models.ColumnFilter] | None | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceAnalyticsQueryResponseModel:
        """Get Workspace Usage

        Returns credit usage broken down by product type over time. The response is a tabular structure with
        columns, column_types, column_units, and rows.

        `POST /v1/workspace/analytics/query/usage-by-product-over-time`.

        Args:
            start_time (int): Start of the time range as a Unix timestamp in milliseconds. Must be at
                least 2020-01-01.
            end_time (int): End of the time range as a Unix timestamp in milliseconds. Must be at least
                2020-01-01.
            interval_seconds (int | Unset): Bucket size in seconds. Each row in the response covers this
                many seconds of the selected time range. For example, pass 3600 for hourly buckets or 86400
                for daily buckets. Whether `time_zone` shifts bucket boundaries depends on this value:
                whole-day multiples (e.g. 86400) align to local midnight; whole-hour multiples up to 24
                hours (e.g. 3600, 14400) align to local hour boundaries from midnight; sub-hour values and
                other sizes remain UTC-anchored regardless of `time_zone`. Defaults to 60 on the server.
            group_by (list[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item] | None | Unset):
            filters (list[ColumnFilter] | None | Unset):
            time_zone (str | Unset): IANA time zone identifier (e.g. 'America/New_York',
                'Europe/London', 'UTC') used to align bucket boundaries for eligible `interval_seconds`
                values. Whole-day multiples start at local midnight; whole-hour multiples up to 24 hours
                align to local hour boundaries from midnight. Sub-hour intervals and other bucket sizes
                remain UTC-anchored regardless of this setting. Defaults to UTC. Defaults to 'UTC' on the
                server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post import (
            BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
        )

        kwargs = workspace_usage_get_usage_by_product_over_time._get_kwargs(
            body=BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost(
                start_time=start_time,
                end_time=end_time,
                interval_seconds=interval_seconds,
                group_by=group_by,
                filters=filters,
                time_zone=time_zone,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_workspace_usage_get_usage_by_product_over_time, request_options
        )


class AsyncWorkspaceUsageResourceWithRawResponse:
    """`AsyncWorkspaceUsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceUsageResource) -> None:
        self.get_usage_by_product_over_time = async_raw_response(resource.get_usage_by_product_over_time)
