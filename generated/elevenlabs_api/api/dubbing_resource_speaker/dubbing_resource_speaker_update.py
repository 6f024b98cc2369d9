"""`PATCH /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}`: Deprecated: Update Metadata For A Speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_update_metadata_for_a_speaker_v1_dubbing_resource_dubbing_id_speaker_speaker_id_patch import (
        BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.speaker_updated_response import SpeakerUpdatedResponse


def _get_kwargs(
    dubbing_id: str,
    speaker_id: str,
    *,
    body: BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            speaker_id=quote(str(speaker_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SpeakerUpdatedResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.speaker_updated_response import SpeakerUpdatedResponse

    if response.status_code == 200:
        response_200 = SpeakerUpdatedResponse.from_dict(response.json())

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
    body: BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch | Unset = UNSET,
) -> HttpValidationError | SpeakerUpdatedResponse | None:
    """Deprecated: Update Metadata For A Speaker

    Deprecated. Amend the metadata associated with a speaker, such as their voice. Both voice cloning
    and using voices from the ElevenLabs library are supported.

    Args:
        dubbing_id (str): ID of the dubbing project.
        speaker_id (str): ID of the speaker.
        body (BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch |
            Unset):
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch | Unset = UNSET,
) -> Response[HttpValidationError | SpeakerUpdatedResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch | Unset = UNSET,
) -> HttpValidationError | SpeakerUpdatedResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch | Unset = UNSET,
) -> Response[HttpValidationError | SpeakerUpdatedResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
