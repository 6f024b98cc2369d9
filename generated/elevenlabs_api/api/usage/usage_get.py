"""`GET /v1/usage/character-stats`: Deprecated: Get Characters Usage Metrics (Deprecated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        BreakdownTypes,
        MetricType,
        UsageAggregationInterval,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.usage_characters_response_model import UsageCharactersResponseModel


def _get_kwargs(
    *,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = UNSET,
    breakdown_type: BreakdownTypes | Unset = UNSET,
    aggregation_interval: UsageAggregationInterval | Unset = UNSET,
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: MetricType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_unix"] = start_unix

    params["end_unix"] = end_unix

    params["include_workspace_metrics"] = include_workspace_metrics

    json_breakdown_type: str | Unset = UNSET
    if not isinstance(breakdown_type, Unset):
        json_breakdown_type = breakdown_type

    params["breakdown_type"] = json_breakdown_type

    json_aggregation_interval: str | Unset = UNSET
    if not isinstance(aggregation_interval, Unset):
        json_aggregation_interval = aggregation_interval

    params["aggregation_interval"] = json_aggregation_interval

    json_aggregation_bucket_size: int | None | Unset = aggregation_bucket_size

    params["aggregation_bucket_size"] = json_aggregation_bucket_size

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric

    params["metric"] = json_metric

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage/character-stats",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | UsageCharactersResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.usage_characters_response_model import UsageCharactersResponseModel

    if response.status_code == 200:
        response_200 = UsageCharactersResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = UNSET,
    breakdown_type: BreakdownTypes | Unset = UNSET,
    aggregation_interval: UsageAggregationInterval | Unset = UNSET,
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: MetricType | Unset = UNSET,
) -> HttpValidationError | UsageCharactersResponseModel | None:
    """Deprecated: Get Characters Usage Metrics (Deprecated)

    Deprecated. (Deprecated) This endpoint is deprecated. Use /v1/workspace/analytics/query/usage-by-
    product-over-time instead, which exposes the bucket size as `interval_seconds` (an integer in
    seconds) rather than `aggregation_interval`. Returns the usage metrics for the current user or the
    entire workspace they are part of. The response provides a time axis based on the specified
    aggregation interval (default: day), with usage values for each interval along that axis. Usage is
    broken down by the selected breakdown type. For example, breakdown type "voice" will return the
    usage of each voice for each interval along the time axis.

    Args:
        start_unix (int): UTC Unix timestamp for the start of the usage window, in milliseconds.
            To include the first day of the window, the timestamp should be at 00:00:00 of that day.
        end_unix (int): UTC Unix timestamp for the end of the usage window, in milliseconds. To
            include the last day of the window, the timestamp should be at 23:59:59 of that day.
        include_workspace_metrics (bool | Unset): Whether or not to include the statistics of the
            entire workspace. Defaults to False on the server.
        breakdown_type (BreakdownTypes | Unset): How to break down the information. Cannot be
            "user" or "api_key" if include_workspace_metrics is False.
        aggregation_interval (UsageAggregationInterval | Unset): The time interval over which to
            aggregate the usage data.
        aggregation_bucket_size (int | None | Unset): Aggregation bucket size in seconds.
            Overrides the aggregation interval.
        metric (MetricType | Unset):
    """

    return sync_detailed(
        client=client,
        start_unix=start_unix,
        end_unix=end_unix,
        include_workspace_metrics=include_workspace_metrics,
        breakdown_type=breakdown_type,
        aggregation_interval=aggregation_interval,
        aggregation_bucket_size=aggregation_bucket_size,
        metric=metric,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = UNSET,
    breakdown_type: BreakdownTypes | Unset = UNSET,
    aggregation_interval: UsageAggregationInterval | Unset = UNSET,
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: MetricType | Unset = UNSET,
) -> Response[HttpValidationError | UsageCharactersResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        start_unix=start_unix,
        end_unix=end_unix,
        include_workspace_metrics=include_workspace_metrics,
        breakdown_type=breakdown_type,
        aggregation_interval=aggregation_interval,
        aggregation_bucket_size=aggregation_bucket_size,
        metric=metric,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = UNSET,
    breakdown_type: BreakdownTypes | Unset = UNSET,
    aggregation_interval: UsageAggregationInterval | Unset = UNSET,
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: MetricType | Unset = UNSET,
) -> HttpValidationError | UsageCharactersResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            start_unix=start_unix,
            end_unix=end_unix,
            include_workspace_metrics=include_workspace_metrics,
            breakdown_type=breakdown_type,
            aggregation_interval=aggregation_interval,
            aggregation_bucket_size=aggregation_bucket_size,
            metric=metric,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = UNSET,
    breakdown_type: BreakdownTypes | Unset = UNSET,
    aggregation_interval: UsageAggregationInterval | Unset = UNSET,
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: MetricType | Unset = UNSET,
) -> Response[HttpValidationError | UsageCharactersResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        start_unix=start_unix,
        end_unix=end_unix,
        include_workspace_metrics=include_workspace_metrics,
        breakdown_type=breakdown_type,
        aggregation_interval=aggregation_interval,
        aggregation_bucket_size=aggregation_bucket_size,
        metric=metric,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
