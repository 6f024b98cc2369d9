"""`POST /v1/history/download`: Download history items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.download_history_items_request import DownloadHistoryItemsRequest
    from ...types import File


def _get_kwargs(
    *,
    body: DownloadHistoryItemsRequest,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | None:
    from io import BytesIO

    from ...types import File

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | File]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryItemsRequest,
) -> Response[Any | File]:
    """Download history items

     Download one or more history items. If one history item ID is provided, returns a single audio file.
    If several are provided, returns the history items packed into a .zip file.

    Args:
        body (DownloadHistoryItemsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryItemsRequest,
) -> Any | File | None:
    """Download history items

     Download one or more history items. If one history item ID is provided, returns a single audio file.
    If several are provided, returns the history items packed into a .zip file.

    Args:
        body (DownloadHistoryItemsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryItemsRequest,
) -> Response[Any | File]:
    """Download history items

     Download one or more history items. If one history item ID is provided, returns a single audio file.
    If several are provided, returns the history items packed into a .zip file.

    Args:
        body (DownloadHistoryItemsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DownloadHistoryItemsRequest,
) -> Any | File | None:
    """Download history items

     Download one or more history items. If one history item ID is provided, returns a single audio file.
    If several are provided, returns the history items packed into a .zip file.

    Args:
        body (DownloadHistoryItemsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
