"""`POST /v1/workspace/webhooks`: Create Workspace Webhook."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_workspace_webhook_v1_workspace_webhooks_post import (
        BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_create_webhook_response_model import WorkspaceCreateWebhookResponseModel


def _get_kwargs(
    *,
    body: BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/webhooks",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceCreateWebhookResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_create_webhook_response_model import WorkspaceCreateWebhookResponseModel

    if response.status_code == 200:
        response_200 = WorkspaceCreateWebhookResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
) -> HttpValidationError | WorkspaceCreateWebhookResponseModel | None:
    """Create Workspace Webhook

    Create a new webhook for the workspace with the specified authentication type.

    Args:
        body (BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
) -> Response[HttpValidationError | WorkspaceCreateWebhookResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
) -> HttpValidationError | WorkspaceCreateWebhookResponseModel | None:
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
    body: BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
) -> Response[HttpValidationError | WorkspaceCreateWebhookResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
