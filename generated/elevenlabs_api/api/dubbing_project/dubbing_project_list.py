"""`GET /v1/dubbing/project`: List Dubbing Projects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import DubbingProjectListSortDirection
    from ...models.dubbing_project_list_response import DubbingProjectListResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
    sort_direction: DubbingProjectListSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_status: None | str | Unset = status

    params["status"] = json_status

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/project",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingProjectListResponse | HttpValidationError | None:
    from ...models.dubbing_project_list_response import DubbingProjectListResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingProjectListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
    sort_direction: DubbingProjectListSortDirection | Unset = UNSET,
) -> DubbingProjectListResponse | HttpValidationError | None:
    """List Dubbing Projects

    List the workspace's dubbing projects (cursor-paginated).

    Args:
        cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
        page_size (int | Unset): Number of projects per page (max 100). Defaults to 20 on the
            server.
        status (None | str | Unset): Filter to projects in this status (preparing, ready, failed).
        sort_direction (DubbingProjectListSortDirection | Unset): Sort by creation time (default
            'DESCENDING'). Defaults to 'DESCENDING' on the server.
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        status=status,
        sort_direction=sort_direction,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
    sort_direction: DubbingProjectListSortDirection | Unset = UNSET,
) -> Response[DubbingProjectListResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        sort_direction=sort_direction,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
    sort_direction: DubbingProjectListSortDirection | Unset = UNSET,
) -> DubbingProjectListResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
            sort_direction=sort_direction,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
    sort_direction: DubbingProjectListSortDirection | Unset = UNSET,
) -> Response[DubbingProjectListResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        sort_direction=sort_direction,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
