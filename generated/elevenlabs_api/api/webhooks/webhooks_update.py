"""`PATCH /v1/workspace/webhooks/{webhook_id}`: Update Workspace Webhook."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch import (
        BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.patch_workspace_webhook_response_model import PatchWorkspaceWebhookResponseModel


def _get_kwargs(
    webhook_id: str,
    *,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspace/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | PatchWorkspaceWebhookResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.patch_workspace_webhook_response_model import PatchWorkspaceWebhookResponseModel

    if response.status_code == 200:
        response_200 = PatchWorkspaceWebhookResponseModel.from_dict(response.json())

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
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> HttpValidationError | PatchWorkspaceWebhookResponseModel | None:
    """Update Workspace Webhook

    Update the specified workspace webhook

    Args:
        webhook_id (str): The unique ID for the webhook
        body (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch):
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> Response[HttpValidationError | PatchWorkspaceWebhookResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> HttpValidationError | PatchWorkspaceWebhookResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> Response[HttpValidationError | PatchWorkspaceWebhookResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
