"""`GET /v1/dubbing/project/{project_id}/language`: List Dubbing Language Targets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_language_list_response import DubbingLanguageListResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_status: None | str | Unset = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/project/{project_id}/language".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingLanguageListResponse | HttpValidationError | None:
    from ...models.dubbing_language_list_response import DubbingLanguageListResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingLanguageListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
) -> DubbingLanguageListResponse | HttpValidationError | None:
    """List Dubbing Language Targets

    List a project's language targets (cursor-paginated).

    Args:
        project_id (str): Identifier of the parent dubbing project.
        cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
        page_size (int | Unset): Number of language targets per page (max 100). Defaults to 20 on
            the server.
        status (None | str | Unset): Filter to targets in this status (queued, processing,
            completed, stale, failed).
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        cursor=cursor,
        page_size=page_size,
        status=status,
    ).parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
) -> Response[DubbingLanguageListResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        cursor=cursor,
        page_size=page_size,
        status=status,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
) -> DubbingLanguageListResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: None | str | Unset = UNSET,
) -> Response[DubbingLanguageListResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        cursor=cursor,
        page_size=page_size,
        status=status,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
