"""`POST /v1/dubbing`: Dub A Video Or An Audio File."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.do_dubbing_response import DoDubbingResponse
    from ...models.dub_request import DubRequest
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: DubRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing",
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DoDubbingResponse | HttpValidationError | None:
    from ...models.do_dubbing_response import DoDubbingResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DoDubbingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: DubRequest | Unset = UNSET,
) -> DoDubbingResponse | HttpValidationError | None:
    """Dub A Video Or An Audio File

    Dubs a provided audio or video file into given language.

    Args:
        body (DubRequest | Unset):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DubRequest | Unset = UNSET,
) -> Response[DoDubbingResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DubRequest | Unset = UNSET,
) -> DoDubbingResponse | HttpValidationError | None:
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
    body: DubRequest | Unset = UNSET,
) -> Response[DoDubbingResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
