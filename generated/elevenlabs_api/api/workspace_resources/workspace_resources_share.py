"""`POST /v1/workspace/resources/{resource_id}/share`: Share Workspace Resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_share_workspace_resource_v1_workspace_resources_resource_id_share_post import (
        BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    resource_id: str,
    *,
    body: BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/resources/{resource_id}/share".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
) -> Any | HttpValidationError | None:
    """Share Workspace Resource

    Grants a role (one of 'admin', 'editor', 'commenter', or 'viewer') on a workspace resource to a
    user, group, or workspace (service account) API key. This overrides any existing role the target has
    on the resource. To target a user or service account, pass only the user email; the user must be in
    your workspace. To target a group, pass only the group id. To target a workspace (service account)
    API key, pass the api key id; the resource will be shared with the service account associated with
    that key. You must have admin access to the resource to share it.

    Args:
        resource_id (str): The ID of the target resource.
        body (BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost):
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
