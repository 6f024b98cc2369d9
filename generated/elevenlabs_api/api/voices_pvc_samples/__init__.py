"""`client.voices.pvc.samples`: the operations of group `voices_pvc_samples`, as methods of VoicesPvcSamplesResource and AsyncVoicesPvcSamplesResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
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
    from ..voices_pvc_samples_audio import AsyncVoicesPvcSamplesAudioResource, VoicesPvcSamplesAudioResource
    from ..voices_pvc_samples_speakers import AsyncVoicesPvcSamplesSpeakersResource, VoicesPvcSamplesSpeakersResource
    from ..voices_pvc_samples_waveform import AsyncVoicesPvcSamplesWaveformResource, VoicesPvcSamplesWaveformResource
from . import voices_pvc_samples_create, voices_pvc_samples_delete, voices_pvc_samples_update


def _parse_voices_pvc_samples_create(response: httpx.Response) -> builtins.list[models.VoiceSample]:
    from ...models.voice_sample import VoiceSample

    response_200 = []
    _response_200 = loads(response.content)
    for response_200_item_data in _response_200:
        response_200_item = VoiceSample.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_voices_pvc_samples_update(response: httpx.Response) -> models.AddVoiceResponseModel:
    from ...models.add_voice_response_model import AddVoiceResponseModel

    response_200 = AddVoiceResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_pvc_samples_delete(response: httpx.Response) -> models.DeleteVoiceSampleResponseModel:
    from ...models.delete_voice_sample_response_model import DeleteVoiceSampleResponseModel

    response_200 = DeleteVoiceSampleResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcSamplesResource:
    """The operations of group `voices_pvc_samples`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcSamplesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcSamplesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def audio(self) -> VoicesPvcSamplesAudioResource:
        """`voices_pvc_samples_audio` operations."""
        from ..voices_pvc_samples_audio import VoicesPvcSamplesAudioResource

        return VoicesPvcSamplesAudioResource(self._requester)

    @functools.cached_property
    def speakers(self) -> VoicesPvcSamplesSpeakersResource:
        """`voices_pvc_samples_speakers` operations and groups."""
        from ..voices_pvc_samples_speakers import VoicesPvcSamplesSpeakersResource

        return VoicesPvcSamplesSpeakersResource(self._requester)

    @functools.cached_property
    def waveform(self) -> VoicesPvcSamplesWaveformResource:
        """`voices_pvc_samples_waveform` operations."""
        from ..voices_pvc_samples_waveform import VoicesPvcSamplesWaveformResource

        return VoicesPvcSamplesWaveformResource(self._requester)

    def create(
        self,
        voice_id: str,
        files: builtins.list[FileInput],
        *,
        remove_background_noise: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.VoiceSample]:
        """Add Samples To Pvc Voice

        Add audio samples to a PVC voice

        `POST /v1/voices/pvc/{voice_id}/samples`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            files (list[FileInput]): Audio files used to create the voice.
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_add_samples_to_pvc_voice_v1_voices_pvc_voice_id_samples_post import (
            BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost,
        )

        kwargs = voices_pvc_samples_create._get_kwargs(
            voice_id=voice_id,
            body=BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost(
                files=[as_file(f) for f in files],
                remove_background_noise=remove_background_noise,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_create, request_options)

    def update(
        self,
        voice_id: str,
        sample_id: str,
        *,
        remove_background_noise: bool | Unset = UNSET,
        selected_speaker_ids: builtins.list[str] | None | Unset = UNSET,
        trim_start_time: int | None | Unset = UNSET,
        trim_end_time: int | None | Unset = UNSET,
        file_name: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Update Pvc Voice Sample

        Update a PVC voice sample - apply noise removal, select speaker, change trim times or file name.

        `POST /v1/voices/pvc/{voice_id}/samples/{sample_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            selected_speaker_ids (list[str] | None | Unset): Speaker IDs to be used for PVC training.
                Make sure you send all the speaker IDs you want to use for PVC training in one request
                because the last request will override the previous ones.
            trim_start_time (int | None | Unset): The start time of the audio to be used for PVC
                training. Time should be in milliseconds
            trim_end_time (int | None | Unset): The end time of the audio to be used for PVC training.
                Time should be in milliseconds
            file_name (None | str | Unset): The name of the audio file to be used for PVC training.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        from ...models.body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post import (
            BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost,
        )

        kwargs = voices_pvc_samples_update._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
            body=BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost(
                remove_background_noise=remove_background_noise,
                selected_speaker_ids=selected_speaker_ids,
                trim_start_time=trim_start_time,
                trim_end_time=trim_end_time,
                file_name=file_name,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_update, request_options)

    def delete(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteVoiceSampleResponseModel:
        """Delete Pvc Voice Sample

        Delete a sample from a PVC voice.

        `DELETE /v1/voices/pvc/{voice_id}/samples/{sample_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_delete._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.request(kwargs, _parse_voices_pvc_samples_delete, request_options)


class VoicesPvcSamplesResourceWithRawResponse:
    """`VoicesPvcSamplesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcSamplesResource) -> None:
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class AsyncVoicesPvcSamplesResource:
    """The operations of group `voices_pvc_samples`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcSamplesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcSamplesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def audio(self) -> AsyncVoicesPvcSamplesAudioResource:
        """`voices_pvc_samples_audio` operations."""
        from ..voices_pvc_samples_audio import AsyncVoicesPvcSamplesAudioResource

        return AsyncVoicesPvcSamplesAudioResource(self._requester)

    @functools.cached_property
    def speakers(self) -> AsyncVoicesPvcSamplesSpeakersResource:
        """`voices_pvc_samples_speakers` operations and groups."""
        from ..voices_pvc_samples_speakers import AsyncVoicesPvcSamplesSpeakersResource

        return AsyncVoicesPvcSamplesSpeakersResource(self._requester)

    @functools.cached_property
    def waveform(self) -> AsyncVoicesPvcSamplesWaveformResource:
        """`voices_pvc_samples_waveform` operations."""
        from ..voices_pvc_samples_waveform import AsyncVoicesPvcSamplesWaveformResource

        return AsyncVoicesPvcSamplesWaveformResource(self._requester)

    async def create(
        self,
        voice_id: str,
        files: builtins.list[FileInput],
        *,
        remove_background_noise: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.VoiceSample]:
        """Add Samples To Pvc Voice

        Add audio samples to a PVC voice

        `POST /v1/voices/pvc/{voice_id}/samples`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            files (list[FileInput]): Audio files used to create the voice.
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_add_samples_to_pvc_voice_v1_voices_pvc_voice_id_samples_post import (
            BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost,
        )

        kwargs = voices_pvc_samples_create._get_kwargs(
            voice_id=voice_id,
            body=BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost(
                files=[as_file(f) for f in files],
                remove_background_noise=remove_background_noise,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_create, request_options)

    async def update(
        self,
        voice_id: str,
        sample_id: str,
        *,
        remove_background_noise: bool | Unset = UNSET,
        selected_speaker_ids: builtins.list[str] | None | Unset = UNSET,
        trim_start_time: int | None | Unset = UNSET,
        trim_end_time: int | None | Unset = UNSET,
        file_name: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Update Pvc Voice Sample

        Update a PVC voice sample - apply noise removal, select speaker, change trim times or file name.

        `POST /v1/voices/pvc/{voice_id}/samples/{sample_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            selected_speaker_ids (list[str] | None | Unset): Speaker IDs to be used for PVC training.
                Make sure you send all the speaker IDs you want to use for PVC training in one request
                because the last request will override the previous ones.
            trim_start_time (int | None | Unset): The start time of the audio to be used for PVC
                training. Time should be in milliseconds
            trim_end_time (int | None | Unset): The end time of the audio to be used for PVC training.
                Time should be in milliseconds
            file_name (None | str | Unset): The name of the audio file to be used for PVC training.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        from ...models.body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post import (
            BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost,
        )

        kwargs = voices_pvc_samples_update._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
            body=BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost(
                remove_background_noise=remove_background_noise,
                selected_speaker_ids=selected_speaker_ids,
                trim_start_time=trim_start_time,
                trim_end_time=trim_end_time,
                file_name=file_name,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_update, request_options)

    async def delete(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteVoiceSampleResponseModel:
        """Delete Pvc Voice Sample

        Delete a sample from a PVC voice.

        `DELETE /v1/voices/pvc/{voice_id}/samples/{sample_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = voices_pvc_samples_delete._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_samples_delete, request_options)


class AsyncVoicesPvcSamplesResourceWithRawResponse:
    """`AsyncVoicesPvcSamplesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcSamplesResource) -> None:
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
