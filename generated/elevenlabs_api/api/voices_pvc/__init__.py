"""`client.voices.pvc`: the operations of group `voices_pvc`, as methods of VoicesPvcResource and AsyncVoicesPvcResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..voices_pvc_samples import AsyncVoicesPvcSamplesResource, VoicesPvcSamplesResource
    from ..voices_pvc_verification import AsyncVoicesPvcVerificationResource, VoicesPvcVerificationResource
from . import voices_pvc_create, voices_pvc_train, voices_pvc_update


def _parse_voices_pvc_create(response: httpx.Response) -> models.AddVoiceResponseModel:
    from ...models.add_voice_response_model import AddVoiceResponseModel

    response_200 = AddVoiceResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_pvc_update(response: httpx.Response) -> models.AddVoiceResponseModel:
    from ...models.add_voice_response_model import AddVoiceResponseModel

    response_200 = AddVoiceResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_pvc_train(response: httpx.Response) -> models.StartPvcVoiceTrainingResponseModel:
    from ...models.start_pvc_voice_training_response_model import StartPvcVoiceTrainingResponseModel

    response_200 = StartPvcVoiceTrainingResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcResource:
    """The operations of group `voices_pvc`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def samples(self) -> VoicesPvcSamplesResource:
        """`voices_pvc_samples` operations and groups."""
        from ..voices_pvc_samples import VoicesPvcSamplesResource

        return VoicesPvcSamplesResource(self._requester)

    @functools.cached_property
    def verification(self) -> VoicesPvcVerificationResource:
        """`voices_pvc_verification` operations and groups."""
        from ..voices_pvc_verification import VoicesPvcVerificationResource

        return VoicesPvcVerificationResource(self._requester)

    def create(
        self,
        name: str,
        language: str,
        *,
        description: None | str | Unset = UNSET,
        labels: models.CreatePvcVoiceRequestLabelsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Create Pvc Voice

        Creates a new PVC voice with metadata but no samples

        `POST /v1/voices/pvc`.

        Args:
            name (str): The name that identifies this voice. This will be displayed in the dropdown of
                the website.
            language (str): Language used in the samples.
            description (None | str | Unset): Description to use for the created voice.
            labels (CreatePvcVoiceRequestLabelsType0 | None | Unset): Labels for the voice. Keys can be
                language, accent, gender, or age.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_pvc_voice_request import CreatePvcVoiceRequest

        kwargs = voices_pvc_create._get_kwargs(
            body=CreatePvcVoiceRequest(
                name=name,
                language=language,
                description=description,
                labels=labels,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_pvc_create, request_options)

    def update(
        self,
        voice_id: str,
        *,
        name: str | Unset = UNSET,
        language: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        labels: models.BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Edit Pvc Voice

        Edit PVC voice metadata

        `POST /v1/voices/pvc/{voice_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            name (str | Unset): The name that identifies this voice. This will be displayed in the
                dropdown of the website.
            language (str | Unset): Language used in the samples.
            description (None | str | Unset): Description to use for the created voice.
            labels (BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0 | None | Unset): Labels for the
                voice. Keys can be language, accent, gender, or age.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_edit_pvc_voice_v1_voices_pvc_voice_id_post import BodyEditPvcVoiceV1VoicesPvcVoiceIdPost

        kwargs = voices_pvc_update._get_kwargs(
            voice_id=voice_id,
            body=BodyEditPvcVoiceV1VoicesPvcVoiceIdPost(
                name=name,
                language=language,
                description=description,
                labels=labels,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_pvc_update, request_options)

    def train(
        self,
        voice_id: str,
        *,
        model_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.StartPvcVoiceTrainingResponseModel:
        """Run Pvc Training

        Start PVC training process for a voice.

        `POST /v1/voices/pvc/{voice_id}/train`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            model_id (None | str | Unset): The model ID to use for the conversion.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_run_pvc_training_v1_voices_pvc_voice_id_train_post import (
            BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost,
        )

        kwargs = voices_pvc_train._get_kwargs(
            voice_id=voice_id,
            body=BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost(
                model_id=model_id,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_pvc_train, request_options)


class VoicesPvcResourceWithRawResponse:
    """`VoicesPvcResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcResource) -> None:
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.train = raw_response(resource.train)


class AsyncVoicesPvcResource:
    """The operations of group `voices_pvc`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def samples(self) -> AsyncVoicesPvcSamplesResource:
        """`voices_pvc_samples` operations and groups."""
        from ..voices_pvc_samples import AsyncVoicesPvcSamplesResource

        return AsyncVoicesPvcSamplesResource(self._requester)

    @functools.cached_property
    def verification(self) -> AsyncVoicesPvcVerificationResource:
        """`voices_pvc_verification` operations and groups."""
        from ..voices_pvc_verification import AsyncVoicesPvcVerificationResource

        return AsyncVoicesPvcVerificationResource(self._requester)

    async def create(
        self,
        name: str,
        language: str,
        *,
        description: None | str | Unset = UNSET,
        labels: models.CreatePvcVoiceRequestLabelsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Create Pvc Voice

        Creates a new PVC voice with metadata but no samples

        `POST /v1/voices/pvc`.

        Args:
            name (str): The name that identifies this voice. This will be displayed in the dropdown of
                the website.
            language (str): Language used in the samples.
            description (None | str | Unset): Description to use for the created voice.
            labels (CreatePvcVoiceRequestLabelsType0 | None | Unset): Labels for the voice. Keys can be
                language, accent, gender, or age.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_pvc_voice_request import CreatePvcVoiceRequest

        kwargs = voices_pvc_create._get_kwargs(
            body=CreatePvcVoiceRequest(
                name=name,
                language=language,
                description=description,
                labels=labels,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_create, request_options)

    async def update(
        self,
        voice_id: str,
        *,
        name: str | Unset = UNSET,
        language: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        labels: models.BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Edit Pvc Voice

        Edit PVC voice metadata

        `POST /v1/voices/pvc/{voice_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            name (str | Unset): The name that identifies this voice. This will be displayed in the
                dropdown of the website.
            language (str | Unset): Language used in the samples.
            description (None | str | Unset): Description to use for the created voice.
            labels (BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0 | None | Unset): Labels for the
                voice. Keys can be language, accent, gender, or age.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_edit_pvc_voice_v1_voices_pvc_voice_id_post import BodyEditPvcVoiceV1VoicesPvcVoiceIdPost

        kwargs = voices_pvc_update._get_kwargs(
            voice_id=voice_id,
            body=BodyEditPvcVoiceV1VoicesPvcVoiceIdPost(
                name=name,
                language=language,
                description=description,
                labels=labels,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_update, request_options)

    async def train(
        self,
        voice_id: str,
        *,
        model_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.StartPvcVoiceTrainingResponseModel:
        """Run Pvc Training

        Start PVC training process for a voice.

        `POST /v1/voices/pvc/{voice_id}/train`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            model_id (None | str | Unset): The model ID to use for the conversion.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_run_pvc_training_v1_voices_pvc_voice_id_train_post import (
            BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost,
        )

        kwargs = voices_pvc_train._get_kwargs(
            voice_id=voice_id,
            body=BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost(
                model_id=model_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_train, request_options)


class AsyncVoicesPvcResourceWithRawResponse:
    """`AsyncVoicesPvcResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcResource) -> None:
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)
        self.train = async_raw_response(resource.train)
