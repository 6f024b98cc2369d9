"""`client.voices.pvc.samples.speakers`: the operations of group `voices_pvc_samples_speakers`, as methods of VoicesPvcSamplesSpeakersResource and AsyncVoicesPvcSamplesSpeakersResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..voices_pvc_samples_speakers_audio import (
        AsyncVoicesPvcSamplesSpeakersAudioResource,
        VoicesPvcSamplesSpeakersAudioResource,
    )
from . import voices_pvc_samples_speakers_get, voices_pvc_samples_speakers_separate


def _parse_voices_pvc_samples_speakers_separate(response: httpx.Response) -> models.StartSpeakerSeparationResponseModel:
    from ...models.start_speaker_separation_response_model import StartSpeakerSeparationResponseModel

    response_200 = StartSpeakerSeparationResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_pvc_samples_speakers_get(response: httpx.Response) -> models.SpeakerSeparationResponseModel:
    from ...models.speaker_separation_response_model import SpeakerSeparationResponseModel

    response_200 = SpeakerSeparationResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcSamplesSpeakersResource:
    """The operations of group `voices_pvc_samples_speakers`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcSamplesSpeakersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcSamplesSpeakersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def audio(self) -> VoicesPvcSamplesSpeakersAudioResource:
        """`voices_pvc_samples_speakers_audio` operations."""
        from ..voices_pvc_samples_speakers_audio import VoicesPvcSamplesSpeakersAudioResource

        return VoicesPvcSamplesSpeakersAudioResource(self._requester)

    def separate(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.StartSpeakerSeparationResponseModel:
        """Start Speaker Separation

        Start speaker separation process for a sample

        `POST /v1/voices/pvc/{voice_id}/samples/{sample_id}/separate-speakers`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_speakers_separate._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_speakers_separate, request_options)

    def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerSeparationResponseModel:
        """Retrieve Speaker Separation Status

        Retrieve the status of the speaker separation process and the list of detected speakers if complete.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/speakers`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_speakers_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_speakers_get, request_options)


class VoicesPvcSamplesSpeakersResourceWithRawResponse:
    """`VoicesPvcSamplesSpeakersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcSamplesSpeakersResource) -> None:
        self.separate = raw_response(resource.separate)
        self.get = raw_response(resource.get)


class AsyncVoicesPvcSamplesSpeakersResource:
    """The operations of group `voices_pvc_samples_speakers`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcSamplesSpeakersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcSamplesSpeakersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def audio(self) -> AsyncVoicesPvcSamplesSpeakersAudioResource:
        """`voices_pvc_samples_speakers_audio` operations."""
        from ..voices_pvc_samples_speakers_audio import AsyncVoicesPvcSamplesSpeakersAudioResource

        return AsyncVoicesPvcSamplesSpeakersAudioResource(self._requester)

    async def separate(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.StartSpeakerSeparationResponseModel:
        """Start Speaker Separation

        Start speaker separation process for a sample

        `POST /v1/voices/pvc/{voice_id}/samples/{sample_id}/separate-speakers`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_speakers_separate._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_speakers_separate, request_options)

    async def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerSeparationResponseModel:
        """Retrieve Speaker Separation Status

        Retrieve the status of the speaker separation process and the list of detected speakers if complete.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/speakers`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_speakers_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_speakers_get, request_options)


class AsyncVoicesPvcSamplesSpeakersResourceWithRawResponse:
    """`AsyncVoicesPvcSamplesSpeakersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcSamplesSpeakersResource) -> None:
        self.separate = async_raw_response(resource.separate)
        self.get = async_raw_response(resource.get)
