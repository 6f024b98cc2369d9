"""`GET /v1/audio-isolation/history`: Get Audio Isolation History."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_audio_isolation_history_response_model import GetAudioIsolationHistoryResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    json_search: None | str | Unset = search

    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio-isolation/history",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAudioIsolationHistoryResponseModel | HttpValidationError | None:
    from ...models.get_audio_isolation_history_response_model import GetAudioIsolationHistoryResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAudioIsolationHistoryResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> GetAudioIsolationHistoryResponseModel | HttpValidationError | None:
    """Get Audio Isolation History

    Returns a list of all your audio isolation generations.

    Args:
        page_size (int | Unset): How many history items to return at maximum. Defaults to 100.
            Defaults to 100 on the server.
        page (int | Unset): Page number for search pagination (1-based). Only used when search is
            provided. Defaults to 1 on the server.
        search (None | str | Unset): Optional search term used for filtering audio isolation
            history (title/text).
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page=page,
        search=search,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[GetAudioIsolationHistoryResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        search=search,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> GetAudioIsolationHistoryResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page=page,
            search=search,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[GetAudioIsolationHistoryResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        search=search,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
