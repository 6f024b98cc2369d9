"""`POST /v1/voices/pvc/{voice_id}/samples/{sample_id}`: Update Pvc Voice Sample."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_voice_response_model import AddVoiceResponseModel
    from ...models.body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post import (
        BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    voice_id: str,
    sample_id: str,
    *,
    body: BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/pvc/{voice_id}/samples/{sample_id}".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddVoiceResponseModel | HttpValidationError | None:
    from ...models.add_voice_response_model import AddVoiceResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddVoiceResponseModel.from_dict(response.json())

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
    body: BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost | Unset = UNSET,
) -> AddVoiceResponseModel | HttpValidationError | None:
    """Update Pvc Voice Sample

    Update a PVC voice sample - apply noise removal, select speaker, change trim times or file name.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        sample_id (str): Sample ID to be used
        body (BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost | Unset):
    """

    return sync_detailed(
        voice_id=voice_id,
        sample_id=sample_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost | Unset = UNSET,
) -> Response[AddVoiceResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost | Unset = UNSET,
) -> AddVoiceResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost | Unset = UNSET,
) -> Response[AddVoiceResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
