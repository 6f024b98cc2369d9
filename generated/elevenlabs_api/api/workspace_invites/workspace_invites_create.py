"""`POST /v1/workspace/invites/add`: Invite User."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_workspace_invite_response_model import AddWorkspaceInviteResponseModel
    from ...models.http_validation_error import HttpValidationError
    from ...models.invite_user_request import InviteUserRequest


def _get_kwargs(
    *,
    body: InviteUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/invites/add",
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
    body: InviteUserRequest,
) -> AddWorkspaceInviteResponseModel | HttpValidationError | None:
    """Invite User

    Sends an email invitation to join your workspace to the provided email. If the user doesn't have an
    account they will be prompted to create one. If the user accepts this invite they will be added as a
    user to your workspace and your subscription using one of your seats. This endpoint may only be
    called by workspace members with the WORKSPACE_MEMBERS_INVITE permission. If the user is already in
    the workspace a 400 error will be returned.

    Args:
        body (InviteUserRequest):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteUserRequest,
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
    body: InviteUserRequest,
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
    body: InviteUserRequest,
) -> Response[AddWorkspaceInviteResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
