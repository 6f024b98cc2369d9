"""`client.voices.pvc.samples.audio`: the operations of group `voices_pvc_samples_audio`, as methods of VoicesPvcSamplesAudioResource and AsyncVoicesPvcSamplesAudioResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, Unset, loads
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
from . import voices_pvc_samples_audio_get


def _parse_voices_pvc_samples_audio_get(response: httpx.Response) -> models.VoiceSamplePreviewResponseModel:
    from ...models.voice_sample_preview_response_model import VoiceSamplePreviewResponseModel

    response_200 = VoiceSamplePreviewResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcSamplesAudioGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    remove_background_noise: bool | Unset


class VoicesPvcSamplesAudioResource:
    """The operations of group `voices_pvc_samples_audio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcSamplesAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcSamplesAudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        remove_background_noise: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSamplePreviewResponseModel:
        """Retrieve Voice Sample Audio

        Retrieve the first 30 seconds of voice sample audio with or without noise removal.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/audio`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
            remove_background_noise=remove_background_noise,
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_audio_get, request_options)


class VoicesPvcSamplesAudioResourceWithRawResponse:
    """`VoicesPvcSamplesAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcSamplesAudioResource) -> None:
        self.get = raw_response(resource.get)


class AsyncVoicesPvcSamplesAudioResource:
    """The operations of group `voices_pvc_samples_audio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcSamplesAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcSamplesAudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        remove_background_noise: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSamplePreviewResponseModel:
        """Retrieve Voice Sample Audio

        Retrieve the first 30 seconds of voice sample audio with or without noise removal.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/audio`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_audio_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
            remove_background_noise=remove_background_noise,
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_audio_get, request_options)


class AsyncVoicesPvcSamplesAudioResourceWithRawResponse:
    """`AsyncVoicesPvcSamplesAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcSamplesAudioResource) -> None:
        self.get = async_raw_response(resource.get)
