"""`POST /v1/workspace/invites/add-bulk`: Invite Multiple Users."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_workspace_invite_response_model import AddWorkspaceInviteResponseModel
    from ...models.body_invite_multiple_users_v1_workspace_invites_add_bulk_post import (
        BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/invites/add-bulk",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddWorkspaceInviteResponseModel | HttpValidationError | None:
    from ...models.add_workspace_invite_response_model import AddWorkspaceInviteResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddWorkspaceInviteResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
) -> AddWorkspaceInviteResponseModel | HttpValidationError | None:
    """Invite Multiple Users

    Sends email invitations to join your workspace to the provided emails. Requires all email addresses
    to be part of a verified domain. If the users don't have an account they will be prompted to create
    one. If the users accept these invites they will be added as users to your workspace and your
    subscription using one of your seats. This endpoint may only be called by workspace members with the
    WORKSPACE_MEMBERS_INVITE permission.

    Args:
        body (BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
) -> Response[AddWorkspaceInviteResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
) -> AddWorkspaceInviteResponseModel | HttpValidationError | None:
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
    body: BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
) -> Response[AddWorkspaceInviteResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
