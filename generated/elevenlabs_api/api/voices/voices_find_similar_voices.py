"""`POST /v1/similar-voices`: Get Similar Library Voices."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_library_voices_response import GetLibraryVoicesResponse
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_similar_voices_request import ListSimilarVoicesRequest


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

    raise_unexpected_status(client, response)
    return None


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
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> Response[GetLibraryVoicesResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> GetLibraryVoicesResponse | HttpValidationError | None:
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
    body: ListSimilarVoicesRequest | Unset = UNSET,
) -> Response[GetLibraryVoicesResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
