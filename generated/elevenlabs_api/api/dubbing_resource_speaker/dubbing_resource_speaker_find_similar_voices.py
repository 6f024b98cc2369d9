"""`GET /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/similar-voices`: Deprecated: Search The Elevenlabs Library For Voices Similar To A Speaker.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.similar_voices_for_speaker_response import SimilarVoicesForSpeakerResponse


def _get_kwargs(
    dubbing_id: str,
    speaker_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/similar-voices".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            speaker_id=quote(str(speaker_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SimilarVoicesForSpeakerResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.similar_voices_for_speaker_response import SimilarVoicesForSpeakerResponse

    if response.status_code == 200:
        response_200 = SimilarVoicesForSpeakerResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SimilarVoicesForSpeakerResponse | None:
    """Deprecated: Search The Elevenlabs Library For Voices Similar To A Speaker.

    Deprecated. Fetch the top 10 similar voices to a speaker, including the voice IDs, names,
    descriptions, and, where possible, a sample audio recording.

    Args:
        dubbing_id (str): ID of the dubbing project.
        speaker_id (str): ID of the speaker.
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        client=client,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SimilarVoicesForSpeakerResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SimilarVoicesForSpeakerResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SimilarVoicesForSpeakerResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
