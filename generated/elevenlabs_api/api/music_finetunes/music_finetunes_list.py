"""`GET /v1/music/finetunes`: Get Music Finetunes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        FinetuneCreatedBy,
        FinetuneVisibility,
        MusicFinetunesListSort,
        MusicFinetunesListSortDirection,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_finetune_page_response_model import MusicFinetunePageResponseModel


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: MusicFinetunesListSort | Unset = UNSET,
    sort_direction: MusicFinetunesListSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_visibility: None | str | Unset
    if isinstance(visibility, Unset):
        json_visibility = UNSET
    elif isinstance(visibility, str):
        json_visibility = visibility
    else:
        json_visibility = visibility

    params["visibility"] = json_visibility

    json_created_by: None | str | Unset
    if isinstance(created_by, Unset):
        json_created_by = UNSET
    elif isinstance(created_by, str):
        json_created_by = created_by
    else:
        json_created_by = created_by

    params["created_by"] = json_created_by

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/music/finetunes",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | MusicFinetunePageResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_finetune_page_response_model import MusicFinetunePageResponseModel

    if response.status_code == 200:
        response_200 = MusicFinetunePageResponseModel.from_dict(response.json())

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
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: MusicFinetunesListSort | Unset = UNSET,
    sort_direction: MusicFinetunesListSortDirection | Unset = UNSET,
) -> HttpValidationError | MusicFinetunePageResponseModel | None:
    """Get Music Finetunes

    List music finetunes accessible to you (your own, workspace-shared, and ElevenLabs-curated), with
    optional filtering, sorting, and cursor pagination.

    Args:
        cursor (None | str | Unset): Used for fetching the next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many finetunes to return. Max 150, default 50. Defaults to 50
            on the server.
        visibility (FinetuneVisibility | None | Unset): Filter by visibility. 'private' returns
            private finetunes; 'workspace' returns workspace-shared finetunes; 'public' returns public
            finetunes, which are currently ElevenLabs curated finetunes. Omit to return all accessible
            finetunes.
        created_by (FinetuneCreatedBy | None | Unset): Filter by creator. 'self' returns finetunes
            you created; 'workspace' returns finetunes created by workspace teammates; 'elevenlabs'
            returns ElevenLabs curated finetunes. Omit to return finetunes from all creators.
        sort (MusicFinetunesListSort | Unset): Sort by field (created_at or name) Defaults to
            'created_at' on the server.
        sort_direction (MusicFinetunesListSortDirection | Unset): Sort direction (asc or desc)
            Defaults to 'desc' on the server.
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        visibility=visibility,
        created_by=created_by,
        sort=sort,
        sort_direction=sort_direction,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: MusicFinetunesListSort | Unset = UNSET,
    sort_direction: MusicFinetunesListSortDirection | Unset = UNSET,
) -> Response[HttpValidationError | MusicFinetunePageResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        visibility=visibility,
        created_by=created_by,
        sort=sort,
        sort_direction=sort_direction,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: MusicFinetunesListSort | Unset = UNSET,
    sort_direction: MusicFinetunesListSortDirection | Unset = UNSET,
) -> HttpValidationError | MusicFinetunePageResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            visibility=visibility,
            created_by=created_by,
            sort=sort,
            sort_direction=sort_direction,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: MusicFinetunesListSort | Unset = UNSET,
    sort_direction: MusicFinetunesListSortDirection | Unset = UNSET,
) -> Response[HttpValidationError | MusicFinetunePageResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        visibility=visibility,
        created_by=created_by,
        sort=sort,
        sort_direction=sort_direction,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
