"""`POST /v1/workspace/groups/{group_id}/members/remove`: Delete Member From User Group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_delete_member_from_user_group_v1_workspace_groups_group_id_members_remove_post import (
        BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
    )
    from ...models.delete_workspace_group_member_response_model import DeleteWorkspaceGroupMemberResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    group_id: str,
    *,
    body: BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/groups/{group_id}/members/remove".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteWorkspaceGroupMemberResponseModel | HttpValidationError | None:
    from ...models.delete_workspace_group_member_response_model import DeleteWorkspaceGroupMemberResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DeleteWorkspaceGroupMemberResponseModel.from_dict(response.json())

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
    body: BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
) -> DeleteWorkspaceGroupMemberResponseModel | HttpValidationError | None:
    """Delete Member From User Group

    Removes a member from the specified group. Requires `group_members_manage` permission.

    Args:
        group_id (str): The ID of the target group.
        body (BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost):
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
    body: BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
) -> Response[DeleteWorkspaceGroupMemberResponseModel | HttpValidationError]:
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
    body: BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
) -> DeleteWorkspaceGroupMemberResponseModel | HttpValidationError | None:
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
    body: BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
) -> Response[DeleteWorkspaceGroupMemberResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
