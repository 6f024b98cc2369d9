"""`POST /v1/workspace/analytics/query/usage-by-product-over-time`: Get Workspace Usage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post import (
        BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_analytics_query_response_model import WorkspaceAnalyticsQueryResponseModel


def _get_kwargs(
    *,
    body: BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/analytics/query/usage-by-product-over-time",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceAnalyticsQueryResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_analytics_query_response_model import WorkspaceAnalyticsQueryResponseModel

    if response.status_code == 200:
        response_200 = WorkspaceAnalyticsQueryResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
) -> HttpValidationError | WorkspaceAnalyticsQueryResponseModel | None:
    """Get Workspace Usage

    Returns credit usage broken down by product type over time. The response is a tabular structure with
    columns, column_types, column_units, and rows.

    Args:
        body (BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
) -> Response[HttpValidationError | WorkspaceAnalyticsQueryResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
) -> HttpValidationError | WorkspaceAnalyticsQueryResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
) -> Response[HttpValidationError | WorkspaceAnalyticsQueryResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
