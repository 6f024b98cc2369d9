"""`POST /v1/workspace/groups/{group_id}/members`: Add Member To User Group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_member_to_group_request import AddMemberToGroupRequest
    from ...models.add_workspace_group_member_response_model import AddWorkspaceGroupMemberResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    group_id: str,
    *,
    body: AddMemberToGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/groups/{group_id}/members".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddWorkspaceGroupMemberResponseModel | HttpValidationError | None:
    from ...models.add_workspace_group_member_response_model import AddWorkspaceGroupMemberResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddWorkspaceGroupMemberResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: AddMemberToGroupRequest,
) -> AddWorkspaceGroupMemberResponseModel | HttpValidationError | None:
    """Add Member To User Group

    Adds a member of your workspace to the specified group. Requires `group_members_manage` permission.

    Args:
        group_id (str): The ID of the target group.
        body (AddMemberToGroupRequest):
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: AddMemberToGroupRequest,
) -> Response[AddWorkspaceGroupMemberResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: AddMemberToGroupRequest,
) -> AddWorkspaceGroupMemberResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: AddMemberToGroupRequest,
) -> Response[AddWorkspaceGroupMemberResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
