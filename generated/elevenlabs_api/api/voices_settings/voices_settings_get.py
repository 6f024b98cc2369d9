"""`GET /v1/voices/{voice_id}/settings`: Get Voice Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice_settings import VoiceSettings


def _get_kwargs(
    voice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/{voice_id}/settings".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | VoiceSettings | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice_settings import VoiceSettings

    if response.status_code == 200:
        response_200 = VoiceSettings.from_dict(response.json())

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
) -> HttpValidationError | VoiceSettings | None:
    """Get Voice Settings

    Returns the settings for a specific voice. "similarity_boost" corresponds to"Clarity + Similarity
    Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
    ).parsed


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | VoiceSettings]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | VoiceSettings | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | VoiceSettings]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
