"""`POST /v1/voices/pvc/{voice_id}/train`: Run Pvc Training."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_run_pvc_training_v1_voices_pvc_voice_id_train_post import (
        BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.start_pvc_voice_training_response_model import StartPvcVoiceTrainingResponseModel


def _get_kwargs(
    voice_id: str,
    *,
    body: BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/pvc/{voice_id}/train".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | StartPvcVoiceTrainingResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.start_pvc_voice_training_response_model import StartPvcVoiceTrainingResponseModel

    if response.status_code == 200:
        response_200 = StartPvcVoiceTrainingResponseModel.from_dict(response.json())

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
    body: BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost | Unset = UNSET,
) -> HttpValidationError | StartPvcVoiceTrainingResponseModel | None:
    """Run Pvc Training

    Start PVC training process for a voice.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        body (BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost | Unset):
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost | Unset = UNSET,
) -> Response[HttpValidationError | StartPvcVoiceTrainingResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost | Unset = UNSET,
) -> HttpValidationError | StartPvcVoiceTrainingResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost | Unset = UNSET,
) -> Response[HttpValidationError | StartPvcVoiceTrainingResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
