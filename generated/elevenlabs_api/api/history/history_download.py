"""`POST /v1/history/download`: Download History Items."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

import httpx

from ...types import File, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.download_history_request import DownloadHistoryRequest
    from ...models.history_download_response_400 import HistoryDownloadResponse400
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: DownloadHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/history/download",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HistoryDownloadResponse400 | HttpValidationError | None:
    from ...models.history_download_response_400 import HistoryDownloadResponse400
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = HistoryDownloadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryRequest,
) -> File | HistoryDownloadResponse400 | HttpValidationError | None:
    """Download History Items

    Download one or more history items. If one history item ID is provided, we will return a single
    audio file. If more than one history item IDs are provided, we will provide the history items packed
    into a .zip file.

    Args:
        body (DownloadHistoryRequest):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryRequest,
) -> Response[File | HistoryDownloadResponse400 | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryRequest,
) -> File | HistoryDownloadResponse400 | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryRequest,
) -> Response[File | HistoryDownloadResponse400 | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
