"""`client.voices.pvc.samples.speakers.audio`: the operations of group `voices_pvc_samples_speakers_audio`, as methods of VoicesPvcSamplesSpeakersAudioResource and AsyncVoicesPvcSamplesSpeakersAudioResource."""

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
from . import voices_pvc_samples_speakers_audio_get


def _parse_voices_pvc_samples_speakers_audio_get(response: httpx.Response) -> models.SpeakerAudioResponseModel:
    from ...models.speaker_audio_response_model import SpeakerAudioResponseModel

    response_200 = SpeakerAudioResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcSamplesSpeakersAudioResource:
    """The operations of group `voices_pvc_samples_speakers_audio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcSamplesSpeakersAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcSamplesSpeakersAudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        voice_id: str,
        sample_id: str,
        speaker_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerAudioResponseModel:
        """Retrieve Separated Speaker Audio

        Retrieve the separated audio for a specific speaker.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/speakers/{speaker_id}/audio`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            speaker_id (str): Speaker ID to be used, you can use GET
                https://api.elevenlabs.io/v1/voices/{voice_id}/samples/{sample_id}/speakers to list all the
                available speakers for a sample.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        check_path_parameter("speaker_id", speaker_id)
        kwargs = voices_pvc_samples_speakers_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
            speaker_id=speaker_id,
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_speakers_audio_get, request_options)


class VoicesPvcSamplesSpeakersAudioResourceWithRawResponse:
    """`VoicesPvcSamplesSpeakersAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcSamplesSpeakersAudioResource) -> None:
        self.get = raw_response(resource.get)


class AsyncVoicesPvcSamplesSpeakersAudioResource:
    """The operations of group `voices_pvc_samples_speakers_audio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcSamplesSpeakersAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcSamplesSpeakersAudioResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        voice_id: str,
        sample_id: str,
        speaker_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerAudioResponseModel:
        """Retrieve Separated Speaker Audio

        Retrieve the separated audio for a specific speaker.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/speakers/{speaker_id}/audio`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            speaker_id (str): Speaker ID to be used, you can use GET
                https://api.elevenlabs.io/v1/voices/{voice_id}/samples/{sample_id}/speakers to list all the
                available speakers for a sample.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        check_path_parameter("speaker_id", speaker_id)
        kwargs = voices_pvc_samples_speakers_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
            speaker_id=speaker_id,
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_speakers_audio_get, request_options)


class AsyncVoicesPvcSamplesSpeakersAudioResourceWithRawResponse:
    """`AsyncVoicesPvcSamplesSpeakersAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcSamplesSpeakersAudioResource) -> None:
        self.get = async_raw_response(resource.get)
