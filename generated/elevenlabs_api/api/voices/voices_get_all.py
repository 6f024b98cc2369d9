"""`GET /v1/voices`: List Voices."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_voices_response import GetVoicesResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    show_legacy: bool | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_show_legacy: bool | None | Unset = show_legacy

    params["show_legacy"] = json_show_legacy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetVoicesResponse | HttpValidationError | None:
    from ...models.get_voices_response import GetVoicesResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetVoicesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    show_legacy: bool | None | Unset = UNSET,
) -> GetVoicesResponse | HttpValidationError | None:
    """List Voices

    Returns a list of all available voices for a user. Stops working once the user's workspace exceeds
    500 voices.

    Args:
        show_legacy (bool | None | Unset): If set to true, legacy premade voices will be included
            in responses from /v1/voices Defaults to False on the server.
    """

    return sync_detailed(
        client=client,
        show_legacy=show_legacy,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    show_legacy: bool | None | Unset = UNSET,
) -> Response[GetVoicesResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        show_legacy=show_legacy,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    show_legacy: bool | None | Unset = UNSET,
) -> GetVoicesResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            show_legacy=show_legacy,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    show_legacy: bool | None | Unset = UNSET,
) -> Response[GetVoicesResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        show_legacy=show_legacy,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
