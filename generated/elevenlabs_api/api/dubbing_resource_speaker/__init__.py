"""`client.dubbing.resource.speaker`: the operations of group `dubbing_resource_speaker`, as methods of DubbingResourceSpeakerResource and AsyncDubbingResourceSpeakerResource."""

from __future__ import annotations

import builtins
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
    from ..dubbing_resource_speaker_segment import (
        AsyncDubbingResourceSpeakerSegmentResource,
        DubbingResourceSpeakerSegmentResource,
    )
from . import (
    dubbing_resource_speaker_create,
    dubbing_resource_speaker_find_similar_voices,
    dubbing_resource_speaker_update,
)


def _parse_dubbing_resource_speaker_create(response: httpx.Response) -> models.SpeakerCreatedResponse:
    from ...models.speaker_created_response import SpeakerCreatedResponse

    response_200 = SpeakerCreatedResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_speaker_update(response: httpx.Response) -> models.SpeakerUpdatedResponse:
    from ...models.speaker_updated_response import SpeakerUpdatedResponse

    response_200 = SpeakerUpdatedResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_speaker_find_similar_voices(
    response: httpx.Response,
) -> models.SimilarVoicesForSpeakerResponse:
    from ...models.similar_voices_for_speaker_response import SimilarVoicesForSpeakerResponse

    response_200 = SimilarVoicesForSpeakerResponse.from_dict(loads(response.content))

    return response_200


class DubbingResourceSpeakerResource:
    """The operations of group `dubbing_resource_speaker`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingResourceSpeakerResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingResourceSpeakerResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def segment(self) -> DubbingResourceSpeakerSegmentResource:
        """`dubbing_resource_speaker_segment` operations."""
        from ..dubbing_resource_speaker_segment import DubbingResourceSpeakerSegmentResource

        return DubbingResourceSpeakerSegmentResource(self._requester)

    def create(
        self,
        dubbing_id: str,
        *,
        speaker_name: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        voice_stability: float | None | Unset = UNSET,
        voice_similarity: float | None | Unset = UNSET,
        voice_style: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerCreatedResponse:
        """Deprecated: Create A New Speaker

        Deprecated. Creates a new speaker in a dubbing resource. The speaker is added to every available
        language and can optionally be associated with an ElevenLabs voice and voice settings.

        `POST /v1/dubbing/resource/{dubbing_id}/speaker`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_name (None | str | Unset): Name to attribute to this speaker.
            voice_id (None | str | Unset): Either the identifier of a voice from the ElevenLabs voice
                library, or one of ['track-clone', 'clip-clone'].
            voice_stability (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 0.65, with a valid range of [0.0, 1.0].
            voice_similarity (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 1.0, with a valid range of [0.0, 1.0].
            voice_style (float | None | Unset): For models that support it, the voice style value to
                use. This will default to 1.0, with a valid range of [0.0, 1.0].
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post import (
            BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost,
        )

        kwargs = dubbing_resource_speaker_create._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost(
                speaker_name=speaker_name,
                voice_id=voice_id,
                voice_stability=voice_stability,
                voice_similarity=voice_similarity,
                voice_style=voice_style,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_speaker_create, request_options)

    def update(
        self,
        dubbing_id: str,
        speaker_id: str,
        *,
        speaker_name: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        voice_stability: float | None | Unset = UNSET,
        voice_similarity: float | None | Unset = UNSET,
        voice_style: float | None | Unset = UNSET,
        languages: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerUpdatedResponse:
        """Deprecated: Update Metadata For A Speaker

        Deprecated. Amend the metadata associated with a speaker, such as their voice. Both voice cloning
        and using voices from the ElevenLabs library are supported.

        `PATCH /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_id (str): ID of the speaker.
            speaker_name (None | str | Unset): Name to attribute to this speaker.
            voice_id (None | str | Unset): Either the identifier of a voice from the ElevenLabs voice
                library, or one of ['track-clone', 'clip-clone'].
            voice_stability (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 0.65, with a valid range of [0.0, 1.0].
            voice_similarity (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 1.0, with a valid range of [0.0, 1.0].
            voice_style (float | None | Unset): For models that support it, the voice style value to
                use. This will default to 1.0, with a valid range of [0.0, 1.0].
            languages (list[str] | None | Unset): Languages to apply these changes to. If empty, will
                apply to all languages.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("speaker_id", speaker_id)
        from ...models.body_update_metadata_for_a_speaker_v1_dubbing_resource_dubbing_id_speaker_speaker_id_patch import (
            BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch,
        )

        kwargs = dubbing_resource_speaker_update._get_kwargs(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            body=BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch(
                speaker_name=speaker_name,
                voice_id=voice_id,
                voice_stability=voice_stability,
                voice_similarity=voice_similarity,
                voice_style=voice_style,
                languages=languages,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_speaker_update, request_options)

    def find_similar_voices(
        self,
        dubbing_id: str,
        speaker_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SimilarVoicesForSpeakerResponse:
        """Deprecated: Search The Elevenlabs Library For Voices Similar To A Speaker.

        Deprecated. Fetch the top 10 similar voices to a speaker, including the voice IDs, names,
        descriptions, and, where possible, a sample audio recording.

        `GET /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/similar-voices`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_id (str): ID of the speaker.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("speaker_id", speaker_id)
        kwargs = dubbing_resource_speaker_find_similar_voices._get_kwargs(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_speaker_find_similar_voices, request_options)


class DubbingResourceSpeakerResourceWithRawResponse:
    """`DubbingResourceSpeakerResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingResourceSpeakerResource) -> None:
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.find_similar_voices = raw_response(resource.find_similar_voices)


class AsyncDubbingResourceSpeakerResource:
    """The operations of group `dubbing_resource_speaker`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingResourceSpeakerResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingResourceSpeakerResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def segment(self) -> AsyncDubbingResourceSpeakerSegmentResource:
        """`dubbing_resource_speaker_segment` operations."""
        from ..dubbing_resource_speaker_segment import AsyncDubbingResourceSpeakerSegmentResource

        return AsyncDubbingResourceSpeakerSegmentResource(self._requester)

    async def create(
        self,
        dubbing_id: str,
        *,
        speaker_name: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        voice_stability: float | None | Unset = UNSET,
        voice_similarity: float | None | Unset = UNSET,
        voice_style: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerCreatedResponse:
        """Deprecated: Create A New Speaker

        Deprecated. Creates a new speaker in a dubbing resource. The speaker is added to every available
        language and can optionally be associated with an ElevenLabs voice and voice settings.

        `POST /v1/dubbing/resource/{dubbing_id}/speaker`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_name (None | str | Unset): Name to attribute to this speaker.
            voice_id (None | str | Unset): Either the identifier of a voice from the ElevenLabs voice
                library, or one of ['track-clone', 'clip-clone'].
            voice_stability (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 0.65, with a valid range of [0.0, 1.0].
            voice_similarity (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 1.0, with a valid range of [0.0, 1.0].
            voice_style (float | None | Unset): For models that support it, the voice style value to
                use. This will default to 1.0, with a valid range of [0.0, 1.0].
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post import (
            BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost,
        )

        kwargs = dubbing_resource_speaker_create._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost(
                speaker_name=speaker_name,
                voice_id=voice_id,
                voice_stability=voice_stability,
                voice_similarity=voice_similarity,
                voice_style=voice_style,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_speaker_create, request_options)

    async def update(
        self,
        dubbing_id: str,
        speaker_id: str,
        *,
        speaker_name: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        voice_stability: float | None | Unset = UNSET,
        voice_similarity: float | None | Unset = UNSET,
        voice_style: float | None | Unset = UNSET,
        languages: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeakerUpdatedResponse:
        """Deprecated: Update Metadata For A Speaker

        Deprecated. Amend the metadata associated with a speaker, such as their voice. Both voice cloning
        and using voices from the ElevenLabs library are supported.

        `PATCH /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_id (str): ID of the speaker.
            speaker_name (None | str | Unset): Name to attribute to this speaker.
            voice_id (None | str | Unset): Either the identifier of a voice from the ElevenLabs voice
                library, or one of ['track-clone', 'clip-clone'].
            voice_stability (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 0.65, with a valid range of [0.0, 1.0].
            voice_similarity (float | None | Unset): For models that support it, the voice similarity
                value to use. This will default to 1.0, with a valid range of [0.0, 1.0].
            voice_style (float | None | Unset): For models that support it, the voice style value to
                use. This will default to 1.0, with a valid range of [0.0, 1.0].
            languages (list[str] | None | Unset): Languages to apply these changes to. If empty, will
                apply to all languages.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("speaker_id", speaker_id)
        from ...models.body_update_metadata_for_a_speaker_v1_dubbing_resource_dubbing_id_speaker_speaker_id_patch import (
            BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch,
        )

        kwargs = dubbing_resource_speaker_update._get_kwargs(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            body=BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch(
                speaker_name=speaker_name,
                voice_id=voice_id,
                voice_stability=voice_stability,
                voice_similarity=voice_similarity,
                voice_style=voice_style,
                languages=languages,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_speaker_update, request_options)

    async def find_similar_voices(
        self,
        dubbing_id: str,
        speaker_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SimilarVoicesForSpeakerResponse:
        """Deprecated: Search The Elevenlabs Library For Voices Similar To A Speaker.

        Deprecated. Fetch the top 10 similar voices to a speaker, including the voice IDs, names,
        descriptions, and, where possible, a sample audio recording.

        `GET /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/similar-voices`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_id (str): ID of the speaker.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("speaker_id", speaker_id)
        kwargs = dubbing_resource_speaker_find_similar_voices._get_kwargs(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
        )

        return await self._requester.request(
            kwargs, _parse_dubbing_resource_speaker_find_similar_voices, request_options
        )


class AsyncDubbingResourceSpeakerResourceWithRawResponse:
    """`AsyncDubbingResourceSpeakerResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingResourceSpeakerResource) -> None:
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)
        self.find_similar_voices = async_raw_response(resource.find_similar_voices)
