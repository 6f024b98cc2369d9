"""`DELETE /v1/workspace/invites`: Delete Existing Invitation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_delete_existing_invitation_v1_workspace_invites_delete import (
        BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
    )
    from ...models.delete_workspace_invite_response_model import DeleteWorkspaceInviteResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workspace/invites",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteWorkspaceInviteResponseModel | HttpValidationError | None:
    from ...models.delete_workspace_invite_response_model import DeleteWorkspaceInviteResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DeleteWorkspaceInviteResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
) -> DeleteWorkspaceInviteResponseModel | HttpValidationError | None:
    """Delete Existing Invitation

    Invalidates an existing email invitation. The invitation will still show up in the inbox it has been
    delivered to, but activating it to join the workspace won't work. This endpoint may only be called
    by workspace members with the WORKSPACE_MEMBERS_INVITE permission.

    Args:
        body (BodyDeleteExistingInvitationV1WorkspaceInvitesDelete):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
) -> Response[DeleteWorkspaceInviteResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
) -> DeleteWorkspaceInviteResponseModel | HttpValidationError | None:
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
    body: BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
) -> Response[DeleteWorkspaceInviteResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
