"""`POST /v1/text-to-dialogue/with-timestamps`: Text To Dialogue With Timestamps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio,
    )
    from ...models.audio_with_timestamps_and_voice_segments_response_model import (
        AudioWithTimestampsAndVoiceSegmentsResponseModel,
    )
    from ...models.body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_output_format: str | Unset = UNSET
    if not isinstance(output_format, Unset):
        json_output_format = output_format

    params["output_format"] = json_output_format

    params["enable_logging"] = enable_logging

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/text-to-dialogue/with-timestamps",
    }
    _kwargs["params"] = params
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel | HttpValidationError | None:
    from ...models.audio_with_timestamps_and_voice_segments_response_model import (
        AudioWithTimestampsAndVoiceSegmentsResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AudioWithTimestampsAndVoiceSegmentsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel | HttpValidationError | None:
    """Text To Dialogue With Timestamps

    Generate dialogue from text with precise character-level timing information for audio-text
    synchronization.

    Args:
        output_format (TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio |
            Unset): Output format of the generated audio. Formatted as codec_sample_rate_bitrate. So
            an mp3 with 22.05kHz sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps
            bitrate requires you to be subscribed to Creator tier or above. PCM and WAV formats with
            44.1kHz sample rate requires you to be subscribed to Pro tier or above. Note that the
            μ-law format (sometimes written mu-law, often approximated as u-law) is commonly used for
            Twilio audio inputs. Defaults to 'mp3_44100_128' on the server.
        enable_logging (bool | Unset): When enable_logging is set to false zero retention mode
            will be used for the request. This will mean history features are unavailable for this
            request, including request stitching. Zero retention mode may only be used by enterprise
            customers. Defaults to True on the server.
        body (BodyTextToDialogueFullWithTimestamps):
    """

    return sync_detailed(
        client=client,
        body=body,
        output_format=output_format,
        enable_logging=enable_logging,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
        enable_logging=enable_logging,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
            output_format=output_format,
            enable_logging=enable_logging,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
        enable_logging=enable_logging,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
