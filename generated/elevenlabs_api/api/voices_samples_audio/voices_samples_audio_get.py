"""`GET /v1/voices/{voice_id}/samples/{sample_id}/audio`: Get Audio From Sample."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import File, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    voice_id: str,
    sample_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/{voice_id}/samples/{sample_id}/audio".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
) -> File | HttpValidationError | None:
    """Get Audio From Sample

    Returns the audio corresponding to a sample attached to a voice.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        sample_id (str): Sample ID to be used, you can use GET
            https://api.elevenlabs.io/v1/voices/{voice_id} to list all the available samples for a
            voice.
    """

    return sync_detailed(
        voice_id=voice_id,
        sample_id=sample_id,
        client=client,
    ).parsed


def sync_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
) -> File | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
