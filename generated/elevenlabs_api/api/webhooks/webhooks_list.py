"""`GET /v1/workspace/webhooks`: List Workspace Webhooks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_webhook_list_response_model import WorkspaceWebhookListResponseModel


def _get_kwargs(
    *,
    include_usages: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_usages"] = include_usages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/webhooks",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceWebhookListResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_webhook_list_response_model import WorkspaceWebhookListResponseModel

    if response.status_code == 200:
        response_200 = WorkspaceWebhookListResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    include_usages: bool | Unset = UNSET,
) -> HttpValidationError | WorkspaceWebhookListResponseModel | None:
    """List Workspace Webhooks

    List all webhooks for a workspace

    Args:
        include_usages (bool | Unset): Whether to include active usages of the webhook, only
            usable by admins Defaults to False on the server.
    """

    return sync_detailed(
        client=client,
        include_usages=include_usages,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include_usages: bool | Unset = UNSET,
) -> Response[HttpValidationError | WorkspaceWebhookListResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        include_usages=include_usages,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    include_usages: bool | Unset = UNSET,
) -> HttpValidationError | WorkspaceWebhookListResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            include_usages=include_usages,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include_usages: bool | Unset = UNSET,
) -> Response[HttpValidationError | WorkspaceWebhookListResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        include_usages=include_usages,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
