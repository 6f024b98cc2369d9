"""`client.usage`: the operations of group `usage`, as methods of UsageResource and AsyncUsageResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

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
from . import usage_get


def _parse_usage_get(response: httpx.Response) -> models.UsageCharactersResponseModel:
    from ...models.usage_characters_response_model import UsageCharactersResponseModel

    response_200 = UsageCharactersResponseModel.from_dict(loads(response.content))

    return response_200


class UsageGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    start_unix: int
    end_unix: int
    include_workspace_metrics: bool | Unset
    breakdown_type: models.BreakdownTypes | Unset
    aggregation_interval: models.UsageAggregationInterval | Unset
    aggregation_bucket_size: int | None | Unset
    metric: models.MetricType | Unset


class UsageResource:
    """The operations of group `usage`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> UsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return UsageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        *,
        start_unix: int,
        end_unix: int,
        include_workspace_metrics: bool | Unset = UNSET,
        breakdown_type: models.BreakdownTypes | Unset = UNSET,
        aggregation_interval: models.UsageAggregationInterval | Unset = UNSET,
        aggregation_bucket_size: int | None | Unset = UNSET,
        metric: models.MetricType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.UsageCharactersResponseModel:
        """Deprecated: Get Characters Usage Metrics (Deprecated)

        Deprecated. (Deprecated) This endpoint is deprecated. Use /v1/workspace/analytics/query/usage-by-
        product-over-time instead, which exposes the bucket size as `interval_seconds` (an integer in
        seconds) rather than `aggregation_interval`. Returns the usage metrics for the current user or the
        entire workspace they are part of. The response provides a time axis based on the specified
        aggregation interval (default: day), with usage values for each interval along that axis. Usage is
        broken down by the selected breakdown type. For example, breakdown type "voice" will return the
        usage of each voice for each interval along the time axis.

        `GET /v1/usage/character-stats`.

        Args:
            start_unix (int): UTC Unix timestamp for the start of the usage window, in milliseconds. To
                include the first day of the window, the timestamp should be at 00:00:00 of that day.
            end_unix (int): UTC Unix timestamp for the end of the usage window, in milliseconds. To
                include the last day of the window, the timestamp should be at 23:59:59 of that day.
            include_workspace_metrics (bool | Unset): Whether or not to include the statistics of the
                entire workspace. Defaults to False on the server.
            breakdown_type (BreakdownTypes | Unset): How to break down the information. Cannot be "user"
                or "api_key" if include_workspace_metrics is False. One of: all_api_keys, api_keys, groups,
                has_api_key, model, none, product_type, region, reporting_workspace_id, request_queue,
                request_source, resource, subresource_id, user, voice, voice_multiplier.
            aggregation_interval (UsageAggregationInterval | Unset): The time interval over which to
                aggregate the usage data. One of: cumulative, day, hour, month, week.
            aggregation_bucket_size (int | None | Unset): Aggregation bucket size in seconds. Overrides
                the aggregation interval.
            metric (MetricType | Unset):  One of: concurrency, concurrency_average, credits,
                fiat_units_spent, minutes_used, request_count, ttfb_avg, ttfb_p95, tts_characters.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = usage_get._get_kwargs(
            start_unix=start_unix,
            end_unix=end_unix,
            include_workspace_metrics=include_workspace_metrics,
            breakdown_type=breakdown_type,
            aggregation_interval=aggregation_interval,
            aggregation_bucket_size=aggregation_bucket_size,
            metric=metric,
        )

        return self._requester.request(kwargs, _parse_usage_get, request_options)


class UsageResourceWithRawResponse:
    """`UsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: UsageResource) -> None:
        self.get = raw_response(resource.get)


class AsyncUsageResource:
    """The operations of group `usage`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncUsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncUsageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        *,
        start_unix: int,
        end_unix: int,
        include_workspace_metrics: bool | Unset = UNSET,
        breakdown_type: models.BreakdownTypes | Unset = UNSET,
        aggregation_interval: models.UsageAggregationInterval | Unset = UNSET,
        aggregation_bucket_size: int | None | Unset = UNSET,
        metric: models.MetricType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.UsageCharactersResponseModel:
        """Deprecated: Get Characters Usage Metrics (Deprecated)

        Deprecated. (Deprecated) This endpoint is deprecated. Use /v1/workspace/analytics/query/usage-by-
        product-over-time instead, which exposes the bucket size as `interval_seconds` (an integer in
        seconds) rather than `aggregation_interval`. Returns the usage metrics for the current user or the
        entire workspace they are part of. The response provides a time axis based on the specified
        aggregation interval (default: day), with usage values for each interval along that axis. Usage is
        broken down by the selected breakdown type. For example, breakdown type "voice" will return the
        usage of each voice for each interval along the time axis.

        `GET /v1/usage/character-stats`.

        Args:
            start_unix (int): UTC Unix timestamp for the start of the usage window, in milliseconds. To
                include the first day of the window, the timestamp should be at 00:00:00 of that day.
            end_unix (int): UTC Unix timestamp for the end of the usage window, in milliseconds. To
                include the last day of the window, the timestamp should be at 23:59:59 of that day.
            include_workspace_metrics (bool | Unset): Whether or not to include the statistics of the
                entire workspace. Defaults to False on the server.
            breakdown_type (BreakdownTypes | Unset): How to break down the information. Cannot be "user"
                or "api_key" if include_workspace_metrics is False. One of: all_api_keys, api_keys, groups,
                has_api_key, model, none, product_type, region, reporting_workspace_id, request_queue,
                request_source, resource, subresource_id, user, voice, voice_multiplier.
            aggregation_interval (UsageAggregationInterval | Unset): The time interval over which to
                aggregate the usage data. One of: cumulative, day, hour, month, week.
            aggregation_bucket_size (int | None | Unset): Aggregation bucket size in seconds. Overrides
                the aggregation interval.
            metric (MetricType | Unset):  One of: concurrency, concurrency_average, credits,
                fiat_units_spent, minutes_used, request_count, ttfb_avg, ttfb_p95, tts_characters.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = usage_get._get_kwargs(
            start_unix=start_unix,
            end_unix=end_unix,
            include_workspace_metrics=include_workspace_metrics,
            breakdown_type=breakdown_type,
            aggregation_interval=aggregation_interval,
            aggregation_bucket_size=aggregation_bucket_size,
            metric=metric,
        )

        return await self._requester.request(kwargs, _parse_usage_get, request_options)


class AsyncUsageResourceWithRawResponse:
    """`AsyncUsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncUsageResource) -> None:
        self.get = async_raw_response(resource.get)
