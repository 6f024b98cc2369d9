"""`GET /v1/speech-to-text/transcripts/{transcription_id}`: Get Transcript By Id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
    from ...models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel


def _get_kwargs(
    transcription_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/speech-to-text/transcripts/{transcription_id}".format(
            transcription_id=quote(str(transcription_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
    from ...models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel

    if response.status_code == 200:

        def _parse_response_200(data: object) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel:
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel:
            if isinstance(data, dict):
                for known in (
                    SpeechToTextChunkResponseModel,
                    MultichannelSpeechToTextResponseModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = SpeechToTextChunkResponseModel.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = MultichannelSpeechToTextResponseModel.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | None:
    """Get Transcript By Id

    Retrieve a previously generated transcript by its ID.

    Args:
        transcription_id (str): The unique ID of the transcript to retrieve
    """

    return sync_detailed(
        transcription_id=transcription_id,
        client=client,
    ).parsed


def sync_detailed(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError | MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        transcription_id=transcription_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            transcription_id=transcription_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError | MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        transcription_id=transcription_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
