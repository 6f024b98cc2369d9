"""`POST /v1/similar-voices`: Get Similar Library Voices."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_library_voices_response import GetLibraryVoicesResponse
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_similar_voices_request import ListSimilarVoicesRequest
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/similar-voices",
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLibraryVoicesResponse | HttpValidationError | None:
    from ...models.get_library_voices_response import GetLibraryVoicesResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetLibraryVoicesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetLibraryVoicesResponse | HttpValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> Response[GetLibraryVoicesResponse | HttpValidationError]:
    """Get Similar Library Voices

     Returns a list of shared voices similar to the provided audio sample. If neither
    similarity_threshold nor top_k is provided, we will apply default values.

    Args:
        body (ListSimilarVoicesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLibraryVoicesResponse | HttpValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> GetLibraryVoicesResponse | HttpValidationError | None:
    """Get Similar Library Voices

     Returns a list of shared voices similar to the provided audio sample. If neither
    similarity_threshold nor top_k is provided, we will apply default values.

    Args:
        body (ListSimilarVoicesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLibraryVoicesResponse | HttpValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> Response[GetLibraryVoicesResponse | HttpValidationError]:
    """Get Similar Library Voices

     Returns a list of shared voices similar to the provided audio sample. If neither
    similarity_threshold nor top_k is provided, we will apply default values.

    Args:
        body (ListSimilarVoicesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLibraryVoicesResponse | HttpValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> GetLibraryVoicesResponse | HttpValidationError | None:
    """Get Similar Library Voices

     Returns a list of shared voices similar to the provided audio sample. If neither
    similarity_threshold nor top_k is provided, we will apply default values.

    Args:
        body (ListSimilarVoicesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLibraryVoicesResponse | HttpValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
