"""`GET /v1/workspace/members`: Get Workspace Members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_member_response_model import WorkspaceMemberResponseModel


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/members",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | list[WorkspaceMemberResponseModel] | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_member_response_model import WorkspaceMemberResponseModel

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WorkspaceMemberResponseModel.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | list[WorkspaceMemberResponseModel] | None:
    """Get Workspace Members

    Gets a list of all members of the workspace, including locked members. Service accounts are
    excluded. Requires the workspace_members_read permission.
    """

    return sync_detailed(
        client=client,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | list[WorkspaceMemberResponseModel]]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | list[WorkspaceMemberResponseModel] | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | list[WorkspaceMemberResponseModel]]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
