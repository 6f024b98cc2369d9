"""`GET /v1/history`: Get generated items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        V1HistoryGetParametersSortDirectionSchema,
        V1HistoryGetParametersSourceSchema,
    )
    from ...models.get_speech_history_response import GetSpeechHistoryResponse


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema = UNSET,
    search: None | str | Unset = UNSET,
    source: None | Unset | V1HistoryGetParametersSourceSchema = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_start_after_history_item_id: None | str | Unset = start_after_history_item_id

    params["start_after_history_item_id"] = json_start_after_history_item_id

    json_voice_id: None | str | Unset = voice_id

    params["voice_id"] = json_voice_id

    json_model_id: None | str | Unset = model_id

    params["model_id"] = json_model_id

    json_date_before_unix: int | None | Unset = date_before_unix

    params["date_before_unix"] = json_date_before_unix

    json_date_after_unix: int | None | Unset = date_after_unix

    params["date_after_unix"] = json_date_after_unix

    json_sort_direction: None | str | Unset
    if isinstance(sort_direction, Unset):
        json_sort_direction = UNSET
    elif isinstance(sort_direction, str):
        json_sort_direction = sort_direction
    else:
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_search: None | str | Unset = search

    params["search"] = json_search

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, str):
        json_source = source
    else:
        json_source = source

    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/history",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSpeechHistoryResponse | None:
    from ...models.get_speech_history_response import GetSpeechHistoryResponse

    if response.status_code == 200:
        response_200 = GetSpeechHistoryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema = UNSET,
    search: None | str | Unset = UNSET,
    source: None | Unset | V1HistoryGetParametersSourceSchema = UNSET,
) -> Any | GetSpeechHistoryResponse | None:
    """Get generated items

    Returns a list of your generated audio.

    Args:
        page_size (int | Unset): Defaults to 100 on the server.
        start_after_history_item_id (None | str | Unset):
        voice_id (None | str | Unset):
        model_id (None | str | Unset):
        date_before_unix (int | None | Unset):
        date_after_unix (int | None | Unset):
        sort_direction (None | Unset | V1HistoryGetParametersSortDirectionSchema):
        search (None | str | Unset):
        source (None | Unset | V1HistoryGetParametersSourceSchema):
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        start_after_history_item_id=start_after_history_item_id,
        voice_id=voice_id,
        model_id=model_id,
        date_before_unix=date_before_unix,
        date_after_unix=date_after_unix,
        sort_direction=sort_direction,
        search=search,
        source=source,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema = UNSET,
    search: None | str | Unset = UNSET,
    source: None | Unset | V1HistoryGetParametersSourceSchema = UNSET,
) -> Response[Any | GetSpeechHistoryResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        start_after_history_item_id=start_after_history_item_id,
        voice_id=voice_id,
        model_id=model_id,
        date_before_unix=date_before_unix,
        date_after_unix=date_after_unix,
        sort_direction=sort_direction,
        search=search,
        source=source,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema = UNSET,
    search: None | str | Unset = UNSET,
    source: None | Unset | V1HistoryGetParametersSourceSchema = UNSET,
) -> Any | GetSpeechHistoryResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            start_after_history_item_id=start_after_history_item_id,
            voice_id=voice_id,
            model_id=model_id,
            date_before_unix=date_before_unix,
            date_after_unix=date_after_unix,
            sort_direction=sort_direction,
            search=search,
            source=source,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema = UNSET,
    search: None | str | Unset = UNSET,
    source: None | Unset | V1HistoryGetParametersSourceSchema = UNSET,
) -> Response[Any | GetSpeechHistoryResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        start_after_history_item_id=start_after_history_item_id,
        voice_id=voice_id,
        model_id=model_id,
        date_before_unix=date_before_unix,
        date_after_unix=date_after_unix,
        sort_direction=sort_direction,
        search=search,
        source=source,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
