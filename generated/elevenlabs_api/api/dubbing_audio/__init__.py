"""`client.dubbing.audio`: the operations of group `dubbing_audio`, as methods of DubbingAudioResource and AsyncDubbingAudioResource."""

from __future__ import annotations

import functools

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
from . import dubbing_audio_get


class DubbingAudioResource:
    """The operations of group `dubbing_audio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingAudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        dubbing_id: str,
        language_code: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Get Dubbed File

        Returns dub as a streamed MP3 or MP4 file. If this dub has been edited using Dubbing Studio you need
        to use the resource render endpoint as this endpoint only returns the original automatic dub result.

        `GET /v1/dubbing/{dubbing_id}/audio/{language_code}`; the body (audio/mpeg, video/mp4) streams: iterate over it, or `.save(path)`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language_code (str): ID of the language.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language_code", language_code)
        kwargs = dubbing_audio_get._get_kwargs(
            dubbing_id=dubbing_id,
            language_code=language_code,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class DubbingAudioResourceWithRawResponse:
    """`DubbingAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingAudioResource) -> None:
        self.get = raw_response(resource.get)


class AsyncDubbingAudioResource:
    """The operations of group `dubbing_audio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingAudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        dubbing_id: str,
        language_code: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Get Dubbed File

        Returns dub as a streamed MP3 or MP4 file. If this dub has been edited using Dubbing Studio you need
        to use the resource render endpoint as this endpoint only returns the original automatic dub result.

        `GET /v1/dubbing/{dubbing_id}/audio/{language_code}`; the body (audio/mpeg, video/mp4) streams: iterate over it, or `.save(path)`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language_code (str): ID of the language.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language_code", language_code)
        kwargs = dubbing_audio_get._get_kwargs(
            dubbing_id=dubbing_id,
            language_code=language_code,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncDubbingAudioResourceWithRawResponse:
    """`AsyncDubbingAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingAudioResource) -> None:
        self.get = async_raw_response(resource.get)
