"""`GET /v1/voices/settings/default`: Get Default Voice Settings.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.voice_settings import VoiceSettings


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/settings/default",
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VoiceSettings | None:
    from ...models.voice_settings import VoiceSettings

    if response.status_code == 200:
        response_200 = VoiceSettings.from_dict(response.json())

        return response_200

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> VoiceSettings | None:
    """Get Default Voice Settings.

    Gets the default settings for voices. "similarity_boost" corresponds to"Clarity + Similarity
    Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.
    """

    return sync_detailed(
        client=client,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[VoiceSettings]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> VoiceSettings | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[VoiceSettings]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
