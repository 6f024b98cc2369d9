"""`client.voices.pvc.samples.waveform`: the operations of group `voices_pvc_samples_waveform`, as methods of VoicesPvcSamplesWaveformResource and AsyncVoicesPvcSamplesWaveformResource."""

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
from . import voices_pvc_samples_waveform_get


def _parse_voices_pvc_samples_waveform_get(response: httpx.Response) -> models.VoiceSampleVisualWaveformResponseModel:
    from ...models.voice_sample_visual_waveform_response_model import VoiceSampleVisualWaveformResponseModel

    response_200 = VoiceSampleVisualWaveformResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcSamplesWaveformResource:
    """The operations of group `voices_pvc_samples_waveform`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcSamplesWaveformResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcSamplesWaveformResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSampleVisualWaveformResponseModel:
        """Retrieve Voice Sample Visual Waveform

        Retrieve the visual waveform of a voice sample.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/waveform`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_waveform_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_waveform_get, request_options)


class VoicesPvcSamplesWaveformResourceWithRawResponse:
    """`VoicesPvcSamplesWaveformResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcSamplesWaveformResource) -> None:
        self.get = raw_response(resource.get)


class AsyncVoicesPvcSamplesWaveformResource:
    """The operations of group `voices_pvc_samples_waveform`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcSamplesWaveformResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcSamplesWaveformResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSampleVisualWaveformResponseModel:
        """Retrieve Voice Sample Visual Waveform

        Retrieve the visual waveform of a voice sample.

        `GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/waveform`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_waveform_get._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_waveform_get, request_options)


class AsyncVoicesPvcSamplesWaveformResourceWithRawResponse:
    """`AsyncVoicesPvcSamplesWaveformResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcSamplesWaveformResource) -> None:
        self.get = async_raw_response(resource.get)
