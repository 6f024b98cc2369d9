"""`POST /v1/workspace/analytics/requests`: List Api Requests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_list_api_requests_v1_workspace_analytics_requests_post import (
        BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_analytics_query_response_model import WorkspaceAnalyticsQueryResponseModel


def _get_kwargs(
    *,
    body: BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/analytics/requests",
    }

    if not isinstance(body, Unset):
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
    body: BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost | Unset = UNSET,
) -> HttpValidationError | WorkspaceAnalyticsQueryResponseModel | None:
    """List Api Requests

    Returns a list of API requests. Supports filtering by time range, column filters, and search terms.
    At least one of start_time or end_time must be provided. An optional sort parameter controls
    timestamp ordering. Results are ordered by timestamp. Descending if end_time is used, ascending if
    start_time is used. The response is a tabular structure with columns, column_types, column_units,
    and rows.

    Args:
        body (BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost | Unset):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost | Unset = UNSET,
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
    body: BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost | Unset = UNSET,
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
    body: BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost | Unset = UNSET,
) -> Response[HttpValidationError | WorkspaceAnalyticsQueryResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
