"""`GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/speakers/{speaker_id}/audio`: Retrieve Separated Speaker Audio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.speaker_audio_response_model import SpeakerAudioResponseModel


def _get_kwargs(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/pvc/{voice_id}/samples/{sample_id}/speakers/{speaker_id}/audio".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
            speaker_id=quote(str(speaker_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SpeakerAudioResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.speaker_audio_response_model import SpeakerAudioResponseModel

    if response.status_code == 200:
        response_200 = SpeakerAudioResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SpeakerAudioResponseModel | None:
    """Retrieve Separated Speaker Audio

    Retrieve the separated audio for a specific speaker.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        sample_id (str): Sample ID to be used
        speaker_id (str): Speaker ID to be used, you can use GET
            https://api.elevenlabs.io/v1/voices/{voice_id}/samples/{sample_id}/speakers to list all
            the available speakers for a sample.
    """

    return sync_detailed(
        voice_id=voice_id,
        sample_id=sample_id,
        speaker_id=speaker_id,
        client=client,
    ).parsed


def sync_detailed(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SpeakerAudioResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        speaker_id=speaker_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SpeakerAudioResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            speaker_id=speaker_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SpeakerAudioResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        speaker_id=speaker_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
