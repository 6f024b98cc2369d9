"""`client.voices.samples.audio`: the operations of group `voices_samples_audio`, as methods of VoicesSamplesAudioResource and AsyncVoicesSamplesAudioResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack, cast

import httpx

from ... import models
from ...types import UNSET, File, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncMultipartResponse,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    MultipartResponse,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
    check_path_parameter,
    raw_response,
)
from . import voices_samples_audio_get


class VoicesSamplesAudioResource:
    """The operations of group `voices_samples_audio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesSamplesAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesSamplesAudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Get Audio From Sample

        Returns the audio corresponding to a sample attached to a voice.

        `GET /v1/voices/{voice_id}/samples/{sample_id}/audio`; the body (audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used, you can use GET
                https://api.elevenlabs.io/v1/voices/{voice_id} to list all the available samples for a
                voice.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_samples_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class VoicesSamplesAudioResourceWithRawResponse:
    """`VoicesSamplesAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesSamplesAudioResource) -> None:
        self.get = raw_response(resource.get)


class AsyncVoicesSamplesAudioResource:
    """The operations of group `voices_samples_audio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesSamplesAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesSamplesAudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Get Audio From Sample

        Returns the audio corresponding to a sample attached to a voice.

        `GET /v1/voices/{voice_id}/samples/{sample_id}/audio`; the body (audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used, you can use GET
                https://api.elevenlabs.io/v1/voices/{voice_id} to list all the available samples for a
                voice.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_samples_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncVoicesSamplesAudioResourceWithRawResponse:
    """`AsyncVoicesSamplesAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesSamplesAudioResource) -> None:
        self.get = async_raw_response(resource.get)
