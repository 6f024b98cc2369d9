"""`client.speech_to_text.transcripts`: the operations of group `speech_to_text_transcripts`, as methods of SpeechToTextTranscriptsResource and AsyncSpeechToTextTranscriptsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import httpx

from ...types import loads, parse_strictly
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import speech_to_text_transcripts_delete, speech_to_text_transcripts_get


def _parse_speech_to_text_transcripts_get(
    response: httpx.Response,
) -> models.MultichannelSpeechToTextResponseModel | models.SpeechToTextChunkResponseModel:
    from ...models.multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
    from ...models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel

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

    response_200 = _parse_response_200(loads(response.content))

    return response_200


def _parse_speech_to_text_transcripts_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class SpeechToTextTranscriptsResource:
    """The operations of group `speech_to_text_transcripts`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> SpeechToTextTranscriptsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return SpeechToTextTranscriptsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        transcription_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MultichannelSpeechToTextResponseModel | models.SpeechToTextChunkResponseModel:
        """Get Transcript By Id

        Retrieve a previously generated transcript by its ID.

        `GET /v1/speech-to-text/transcripts/{transcription_id}`.

        Args:
            transcription_id (str): The unique ID of the transcript to retrieve
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("transcription_id", transcription_id)
        kwargs = speech_to_text_transcripts_get._get_kwargs(
            transcription_id=transcription_id,
        )

        return self._requester.request(kwargs, _parse_speech_to_text_transcripts_get, request_options)

    def delete(
        self,
        transcription_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Transcript By Id

        Delete a previously generated transcript by its ID.

        `DELETE /v1/speech-to-text/transcripts/{transcription_id}`.

        Args:
            transcription_id (str): The unique ID of the transcript to delete
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("transcription_id", transcription_id)
        kwargs = speech_to_text_transcripts_delete._get_kwargs(
            transcription_id=transcription_id,
        )

        return self._requester.request(kwargs, _parse_speech_to_text_transcripts_delete, request_options)


class SpeechToTextTranscriptsResourceWithRawResponse:
    """`SpeechToTextTranscriptsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: SpeechToTextTranscriptsResource) -> None:
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncSpeechToTextTranscriptsResource:
    """The operations of group `speech_to_text_transcripts`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncSpeechToTextTranscriptsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncSpeechToTextTranscriptsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        transcription_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MultichannelSpeechToTextResponseModel | models.SpeechToTextChunkResponseModel:
        """Get Transcript By Id

        Retrieve a previously generated transcript by its ID.

        `GET /v1/speech-to-text/transcripts/{transcription_id}`.

        Args:
            transcription_id (str): The unique ID of the transcript to retrieve
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("transcription_id", transcription_id)
        kwargs = speech_to_text_transcripts_get._get_kwargs(
            transcription_id=transcription_id,
        )

        return await self._requester.request(kwargs, _parse_speech_to_text_transcripts_get, request_options)

    async def delete(
        self,
        transcription_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Transcript By Id

        Delete a previously generated transcript by its ID.

        `DELETE /v1/speech-to-text/transcripts/{transcription_id}`.

        Args:
            transcription_id (str): The unique ID of the transcript to delete
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("transcription_id", transcription_id)
        kwargs = speech_to_text_transcripts_delete._get_kwargs(
            transcription_id=transcription_id,
        )

        return await self._requester.request(kwargs, _parse_speech_to_text_transcripts_delete, request_options)


class AsyncSpeechToTextTranscriptsResourceWithRawResponse:
    """`AsyncSpeechToTextTranscriptsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncSpeechToTextTranscriptsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
