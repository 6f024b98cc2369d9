"""`GET /v1/pronunciation-dictionaries`: Get Pronunciation Dictionaries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        PronunciationDictionariesListSortType0,
    )
    from ...models.get_pronunciation_dictionaries_metadata_response_model import (
        GetPronunciationDictionariesMetadataResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: None | PronunciationDictionariesListSortType0 | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, str):
        json_sort = sort
    else:
        json_sort = sort

    params["sort"] = json_sort

    json_sort_direction: None | str | Unset = sort_direction

    params["sort_direction"] = json_sort_direction

    params["include_archived"] = include_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pronunciation-dictionaries",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPronunciationDictionariesMetadataResponseModel | HttpValidationError | None:
    from ...models.get_pronunciation_dictionaries_metadata_response_model import (
        GetPronunciationDictionariesMetadataResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetPronunciationDictionariesMetadataResponseModel.from_dict(response.json())

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
    sort: None | PronunciationDictionariesListSortType0 | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> GetPronunciationDictionariesMetadataResponseModel | HttpValidationError | None:
    """Get Pronunciation Dictionaries

    Get a list of the pronunciation dictionaries you have access to and their metadata

    Args:
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many pronunciation dictionaries to return at maximum. Can not
            exceed 100, defaults to 30. Defaults to 30 on the server.
        sort (None | PronunciationDictionariesListSortType0 | Unset): Which field to sort by, one
            of 'created_at_unix' or 'name'. Defaults to 'creation_time_unix' on the server.
        sort_direction (None | str | Unset): Which direction to sort the voices in. 'ascending' or
            'descending'. Defaults to 'DESCENDING' on the server.
        include_archived (bool | Unset): Whether to include archived pronunciation dictionaries in
            the response. Defaults to True on the server.
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        sort=sort,
        sort_direction=sort_direction,
        include_archived=include_archived,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: None | PronunciationDictionariesListSortType0 | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> Response[GetPronunciationDictionariesMetadataResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        sort=sort,
        sort_direction=sort_direction,
        include_archived=include_archived,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: None | PronunciationDictionariesListSortType0 | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> GetPronunciationDictionariesMetadataResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            sort=sort,
            sort_direction=sort_direction,
            include_archived=include_archived,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: None | PronunciationDictionariesListSortType0 | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> Response[GetPronunciationDictionariesMetadataResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        sort=sort,
        sort_direction=sort_direction,
        include_archived=include_archived,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
