"""`POST /v1/dubbing/resource/{dubbing_id}/speaker`: Deprecated: Create A New Speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post import (
        BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.speaker_created_response import SpeakerCreatedResponse


def _get_kwargs(
    dubbing_id: str,
    *,
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/speaker".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SpeakerCreatedResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.speaker_created_response import SpeakerCreatedResponse

    if response.status_code == 200:
        response_200 = SpeakerCreatedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> HttpValidationError | SpeakerCreatedResponse | None:
    """Deprecated: Create A New Speaker

    Deprecated. Creates a new speaker in a dubbing resource. The speaker is added to every available
    language and can optionally be associated with an ElevenLabs voice and voice settings.

    Args:
        dubbing_id (str): ID of the dubbing project.
        body (BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset):
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> Response[HttpValidationError | SpeakerCreatedResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> HttpValidationError | SpeakerCreatedResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> Response[HttpValidationError | SpeakerCreatedResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
