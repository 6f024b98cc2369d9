"""`client.audio_isolation`: the operations of group `audio_isolation`, as methods of AudioIsolationResource and AsyncAudioIsolationResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
from .. import (
    AsyncBinaryStream,
    AsyncRequester,
    BinaryStream,
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
from . import audio_isolation_convert, audio_isolation_delete, audio_isolation_list, audio_isolation_stream


def _parse_audio_isolation_list(response: httpx.Response) -> models.GetAudioIsolationHistoryResponseModel:
    from ...models.get_audio_isolation_history_response_model import GetAudioIsolationHistoryResponseModel

    response_200 = GetAudioIsolationHistoryResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_audio_isolation_delete(response: httpx.Response) -> None:
    return None


class AudioIsolationListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    page: int | Unset
    search: None | str | Unset


class AudioIsolationResource:
    """The operations of group `audio_isolation`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AudioIsolationResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AudioIsolationResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        audio: FileInput,
        *,
        file_format: models.AudioIsolationRequestFileFormatType0 | None | Unset = UNSET,
        preview_b64: None | str | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Audio Isolation

        Removes background noise from audio

        `POST /v1/audio-isolation`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            audio (FileInput): The audio file from which vocals/speech will be isolated from.
            file_format (AudioIsolationRequestFileFormatType0 | None | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
            preview_b64 (None | str | Unset): Optional preview image base64 for tracking this
                generation.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.audio_isolation_request import AudioIsolationRequest

        kwargs = audio_isolation_convert._get_kwargs(
            body=AudioIsolationRequest(
                audio=as_file(audio),
                file_format=file_format,
                preview_b64=preview_b64,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAudioIsolationHistoryResponseModel:
        """Get Audio Isolation History

        Returns a list of all your audio isolation generations.

        `GET /v1/audio-isolation/history`.

        Args:
            page_size (int | Unset): How many history items to return at maximum. Defaults to 100.
                Defaults to 100 on the server.
            page (int | Unset): Page number for search pagination (1-based). Only used when search is
                provided. Defaults to 1 on the server.
            search (None | str | Unset): Optional search term used for filtering audio isolation history
                (title/text).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = audio_isolation_list._get_kwargs(
            page_size=page_size,
            page=page,
            search=search,
        )

        return self._requester.request(kwargs, _parse_audio_isolation_list, request_options)

    def delete(
        self,
        history_item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Audio Isolation History Item

        Deletes a specific audio isolation history item and the associated media files.

        `DELETE /v1/audio-isolation/history/{history_item_id}`.

        Args:
            history_item_id (str): Identifier of the audio isolation history item.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = audio_isolation_delete._get_kwargs(
            history_item_id=history_item_id,
        )

        return self._requester.request(kwargs, _parse_audio_isolation_delete, request_options)

    def stream(
        self,
        audio: FileInput,
        *,
        file_format: models.AudioIsolationStreamRequestFileFormatType0 | None | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Audio Isolation Stream

        Removes background noise from audio and streams the result

        `POST /v1/audio-isolation/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            audio (FileInput): The audio file from which vocals/speech will be isolated from.
            file_format (AudioIsolationStreamRequestFileFormatType0 | None | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.audio_isolation_stream_request import AudioIsolationStreamRequest

        kwargs = audio_isolation_stream._get_kwargs(
            body=AudioIsolationStreamRequest(
                audio=as_file(audio),
                file_format=file_format,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AudioIsolationResourceWithRawResponse:
    """`AudioIsolationResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AudioIsolationResource) -> None:
        self.convert = raw_response(resource.convert)
        self.list = raw_response(resource.list)
        self.delete = raw_response(resource.delete)
        self.stream = raw_response(resource.stream)


class AsyncAudioIsolationResource:
    """The operations of group `audio_isolation`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAudioIsolationResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncAudioIsolationResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        audio: FileInput,
        *,
        file_format: models.AudioIsolationRequestFileFormatType0 | None | Unset = UNSET,
        preview_b64: None | str | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Audio Isolation

        Removes background noise from audio

        `POST /v1/audio-isolation`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            audio (FileInput): The audio file from which vocals/speech will be isolated from.
            file_format (AudioIsolationRequestFileFormatType0 | None | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
            preview_b64 (None | str | Unset): Optional preview image base64 for tracking this
                generation.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.audio_isolation_request import AudioIsolationRequest

        kwargs = audio_isolation_convert._get_kwargs(
            body=AudioIsolationRequest(
                audio=as_file(audio),
                file_format=file_format,
                preview_b64=preview_b64,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAudioIsolationHistoryResponseModel:
        """Get Audio Isolation History

        Returns a list of all your audio isolation generations.

        `GET /v1/audio-isolation/history`.

        Args:
            page_size (int | Unset): How many history items to return at maximum. Defaults to 100.
                Defaults to 100 on the server.
            page (int | Unset): Page number for search pagination (1-based). Only used when search is
                provided. Defaults to 1 on the server.
            search (None | str | Unset): Optional search term used for filtering audio isolation history
                (title/text).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = audio_isolation_list._get_kwargs(
            page_size=page_size,
            page=page,
            search=search,
        )

        return await self._requester.request(kwargs, _parse_audio_isolation_list, request_options)

    async def delete(
        self,
        history_item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Audio Isolation History Item

        Deletes a specific audio isolation history item and the associated media files.

        `DELETE /v1/audio-isolation/history/{history_item_id}`.

        Args:
            history_item_id (str): Identifier of the audio isolation history item.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = audio_isolation_delete._get_kwargs(
            history_item_id=history_item_id,
        )

        return await self._requester.request(kwargs, _parse_audio_isolation_delete, request_options)

    def stream(
        self,
        audio: FileInput,
        *,
        file_format: models.AudioIsolationStreamRequestFileFormatType0 | None | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Audio Isolation Stream

        Removes background noise from audio and streams the result

        `POST /v1/audio-isolation/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            audio (FileInput): The audio file from which vocals/speech will be isolated from.
            file_format (AudioIsolationStreamRequestFileFormatType0 | None | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.audio_isolation_stream_request import AudioIsolationStreamRequest

        kwargs = audio_isolation_stream._get_kwargs(
            body=AudioIsolationStreamRequest(
                audio=as_file(audio),
                file_format=file_format,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncAudioIsolationResourceWithRawResponse:
    """`AsyncAudioIsolationResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncAudioIsolationResource) -> None:
        self.convert = async_raw_response(resource.convert)
        self.list = async_raw_response(resource.list)
        self.delete = async_raw_response(resource.delete)
        self.stream = async_raw_response(resource.stream)
