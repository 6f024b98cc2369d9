"""`POST /v1/text-to-speech/{voice_id}`: Text To Speech."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, File, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        TextToSpeechConvertOutputFormatOfTheGeneratedAudio,
    )
    from ...models.body_text_to_speech_full import BodyTextToSpeechFull
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    voice_id: str,
    *,
    body: BodyTextToSpeechFull,
    enable_logging: bool | Unset = UNSET,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enable_logging"] = enable_logging

    json_optimize_streaming_latency: int | None | Unset = optimize_streaming_latency

    params["optimize_streaming_latency"] = json_optimize_streaming_latency

    json_output_format: str | Unset = UNSET
    if not isinstance(output_format, Unset):
        json_output_format = output_format

    params["output_format"] = json_output_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/text-to-speech/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: BodyTextToSpeechFull,
    enable_logging: bool | Unset = UNSET,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> File | HttpValidationError | None:
    """Text To Speech

    Converts text into speech using a voice of your choice and returns audio.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        enable_logging (bool | Unset): When enable_logging is set to false zero retention mode
            will be used for the request. This will mean history features are unavailable for this
            request, including request stitching. Zero retention mode may only be used by enterprise
            customers. Defaults to True on the server.
        optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
            some cost of quality. The best possible final latency varies by model. Possible values:
            0 - default mode (no latency optimizations)
            1 - normal latency optimizations (about 50% of possible latency improvement of option 3)
            2 - strong latency optimizations (about 75% of possible latency improvement of option 3)
            3 - max latency optimizations
            4 - max latency optimizations, but also with text normalizer turned off for even more
            latency savings (best latency, but can mispronounce eg numbers and dates).

            Defaults to None.
        output_format (TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset): Output format
            of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz
            sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you
            to be subscribed to Creator tier or above. PCM and WAV formats with 44.1kHz sample rate
            requires you to be subscribed to Pro tier or above. Note that the μ-law format (sometimes
            written mu-law, often approximated as u-law) is commonly used for Twilio audio inputs.
            Defaults to 'mp3_44100_128' on the server.
        body (BodyTextToSpeechFull):
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
        enable_logging=enable_logging,
        optimize_streaming_latency=optimize_streaming_latency,
        output_format=output_format,
    ).parsed


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyTextToSpeechFull,
    enable_logging: bool | Unset = UNSET,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> Response[File | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        enable_logging=enable_logging,
        optimize_streaming_latency=optimize_streaming_latency,
        output_format=output_format,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyTextToSpeechFull,
    enable_logging: bool | Unset = UNSET,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> File | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyTextToSpeechFull,
    enable_logging: bool | Unset = UNSET,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> Response[File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        enable_logging=enable_logging,
        optimize_streaming_latency=optimize_streaming_latency,
        output_format=output_format,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
