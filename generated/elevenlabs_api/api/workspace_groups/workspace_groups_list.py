"""`GET /v1/workspace/groups`: Get All Groups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_groups_list_response_get_all_groups_v1_workspace_groups_get import (
        WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet,
    )


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/groups",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_groups_list_response_get_all_groups_v1_workspace_groups_get import (
        WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet,
    )

    if response.status_code == 200:
        response_200 = WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet | None:
    """Get All Groups

    Get all groups in the workspace
    """

    return sync_detailed(
        client=client,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
