"""`DELETE /v1/workspace/webhooks/{webhook_id}`: Delete Workspace Webhook."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.delete_workspace_webhook_response_model import DeleteWorkspaceWebhookResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    webhook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workspace/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteWorkspaceWebhookResponseModel | HttpValidationError | None:
    from ...models.delete_workspace_webhook_response_model import DeleteWorkspaceWebhookResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DeleteWorkspaceWebhookResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteWorkspaceWebhookResponseModel | HttpValidationError | None:
    """Delete Workspace Webhook

    Delete the specified workspace webhook

    Args:
        webhook_id (str): The unique ID for the webhook
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
    ).parsed


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteWorkspaceWebhookResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteWorkspaceWebhookResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteWorkspaceWebhookResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
