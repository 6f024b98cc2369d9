"""`GET /v1/history/{history_item_id}`: Get history item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.speech_history_item_response import SpeechHistoryItemResponse


def _get_kwargs(
    history_item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/history/{history_item_id}".format(
            history_item_id=quote(str(history_item_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SpeechHistoryItemResponse | None:
    from ...models.speech_history_item_response import SpeechHistoryItemResponse

    if response.status_code == 200:
        response_200 = SpeechHistoryItemResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    history_item_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | SpeechHistoryItemResponse | None:
    """Get history item

    Retrieves a history item.

    Args:
        history_item_id (str):
    """

    return sync_detailed(
        history_item_id=history_item_id,
        client=client,
    ).parsed


def sync_detailed(
    history_item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | SpeechHistoryItemResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        history_item_id=history_item_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    history_item_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | SpeechHistoryItemResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            history_item_id=history_item_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    history_item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | SpeechHistoryItemResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        history_item_id=history_item_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
