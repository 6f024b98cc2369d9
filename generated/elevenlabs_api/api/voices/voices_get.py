"""`GET /v1/voices/{voice_id}`: Get Voice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice import Voice


def _get_kwargs(
    voice_id: str,
    *,
    with_settings: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_settings"] = with_settings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | Voice | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice import Voice

    if response.status_code == 200:
        response_200 = Voice.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> HttpValidationError | Voice | None:
    """Get Voice

    Returns metadata about a specific voice.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        with_settings (bool | Unset): This parameter is now deprecated. It is ignored and will be
            removed in a future version. Defaults to True on the server.
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        with_settings=with_settings,
    ).parsed


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> Response[HttpValidationError | Voice]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> HttpValidationError | Voice | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            with_settings=with_settings,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> Response[HttpValidationError | Voice]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
