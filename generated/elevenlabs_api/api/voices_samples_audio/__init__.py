"""`client.voices.samples.audio`: the operations of group `voices_samples_audio`, as methods of VoicesSamplesAudioResource and AsyncVoicesSamplesAudioResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    check_path_parameter,
)

# Models and nested groups only for type checking: they are imported where they are used, so importing
# the client loads none.
if TYPE_CHECKING:
    from io import BytesIO
    from typing import cast

    from ...models.http_validation_error import HTTPValidationError
    from ...types import File
from . import voices_samples_audio_get


class VoicesSamplesAudioResource:
    """The operations of group `voices_samples_audio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

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
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_samples_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncVoicesSamplesAudioResource:
    """The operations of group `voices_samples_audio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

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
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_samples_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)
