"""`POST /v1/text-to-dialogue/stream/with-timestamps`: Text To Dialogue Streaming With Timestamps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import AllowedOutputFormats
    from ...models.body_text_to_dialogue_stream_with_timestamps import BodyTextToDialogueStreamWithTimestamps
    from ...models.http_validation_error import HttpValidationError
    from ...models.streaming_audio_chunk_with_timestamps_and_voice_segments_response_model import (
        StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
    )


def _get_kwargs(
    *,
    body: BodyTextToDialogueStreamWithTimestamps,
    output_format: AllowedOutputFormats | Unset = UNSET,
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
        "url": "/v1/text-to-dialogue/stream/with-timestamps",
    }
    _kwargs["params"] = params
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.streaming_audio_chunk_with_timestamps_and_voice_segments_response_model import (
        StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
    )

    if response.status_code == 200:
        response_200 = StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyTextToDialogueStreamWithTimestamps,
    output_format: AllowedOutputFormats | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> HttpValidationError | StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel | None:
    """Text To Dialogue Streaming With Timestamps

    Converts a list of text and voice ID pairs into speech (dialogue) and returns a stream of JSON blobs
    containing audio as a base64 encoded string and timestamps

    Args:
        output_format (AllowedOutputFormats | Unset):
        enable_logging (bool | Unset): When enable_logging is set to false zero retention mode
            will be used for the request. This will mean history features are unavailable for this
            request, including request stitching. Zero retention mode may only be used by enterprise
            customers. Defaults to True on the server.
        body (BodyTextToDialogueStreamWithTimestamps):
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
    body: BodyTextToDialogueStreamWithTimestamps,
    output_format: AllowedOutputFormats | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> Response[HttpValidationError | StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel]:
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
    body: BodyTextToDialogueStreamWithTimestamps,
    output_format: AllowedOutputFormats | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> HttpValidationError | StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel | None:
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
    body: BodyTextToDialogueStreamWithTimestamps,
    output_format: AllowedOutputFormats | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> Response[HttpValidationError | StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
        enable_logging=enable_logging,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
