"""`GET /v1/workspace/groups/search`: Search User Groups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_group_by_name_response_model import WorkspaceGroupByNameResponseModel


def _get_kwargs(
    *,
    name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/groups/search",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | list[WorkspaceGroupByNameResponseModel] | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_group_by_name_response_model import WorkspaceGroupByNameResponseModel

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WorkspaceGroupByNameResponseModel.from_dict(response_200_item_data)

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
    name: str,
) -> HttpValidationError | list[WorkspaceGroupByNameResponseModel] | None:
    """Search User Groups

    Searches for user groups in the workspace. Multiple or no groups may be returned.

    Args:
        name (str): Name of the target group.
    """

    return sync_detailed(
        client=client,
        name=name,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[HttpValidationError | list[WorkspaceGroupByNameResponseModel]]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        name=name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str,
) -> HttpValidationError | list[WorkspaceGroupByNameResponseModel] | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            name=name,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[HttpValidationError | list[WorkspaceGroupByNameResponseModel]]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        name=name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
