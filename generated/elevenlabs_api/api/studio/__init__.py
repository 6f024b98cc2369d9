"""`client.studio`: the operations of group `studio`, as methods of StudioResource and AsyncStudioResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and nested groups only for type checking: they are imported where they are used, so importing
# the client loads none.
if TYPE_CHECKING:
    from typing import cast

    from ...models.body_create_podcast_v1_studio_podcasts_post import BodyCreatePodcastV1StudioPodcastsPost
    from ...models.body_create_podcast_v1_studio_podcasts_post_apply_text_normalization_type_0 import (
        BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0,
    )
    from ...models.body_create_podcast_v1_studio_podcasts_post_the_duration_of_the_generated_podcast_this_varies_depending_on_the_format_voice_and_language import (
        BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.podcast_bulletin_mode import PodcastBulletinMode
    from ...models.podcast_conversation_mode import PodcastConversationMode
    from ...models.podcast_project_response_model import PodcastProjectResponseModel
    from ...models.podcast_text_source import PodcastTextSource
    from ...models.podcast_url_source import PodcastURLSource
    from ...models.quality_preset_type import QualityPresetType
    from ..studio_projects import AsyncStudioProjectsResource, StudioProjectsResource
from . import studio_create_podcast


def _parse_studio_create_podcast(response: httpx.Response) -> PodcastProjectResponseModel:
    from ...models.body_create_podcast_v1_studio_podcasts_post import BodyCreatePodcastV1StudioPodcastsPost
    from ...models.http_validation_error import HTTPValidationError
    from ...models.podcast_project_response_model import PodcastProjectResponseModel

    response_200 = PodcastProjectResponseModel.from_dict(loads(response.content))

    return response_200


class StudioResource:
    """The operations of group `studio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> StudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return StudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def projects(self) -> StudioProjectsResource:
        """`studio_projects` operations and groups."""
        from ..studio_projects import StudioProjectsResource

        return StudioProjectsResource(self._requester)

    def create_podcast(
        self,
        model_id: str,
        mode: PodcastBulletinMode | PodcastConversationMode,
        source: builtins.list[PodcastTextSource | PodcastURLSource] | PodcastTextSource | PodcastURLSource,
        *,
        quality_preset: QualityPresetType | Unset = UNSET,
        duration_scale: BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
        | Unset = "default",
        language: None | str | Unset = UNSET,
        intro: None | str | Unset = UNSET,
        outro: None | str | Unset = UNSET,
        instructions_prompt: None | str | Unset = UNSET,
        highlights: builtins.list[str] | None | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
        apply_text_normalization: BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        safety_identifier: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PodcastProjectResponseModel:
        """Create Podcast

        Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
        still be charged for the audio generation. In the future, you will be charged for both the LLM and
        audio generation costs.

        `POST /v1/studio/podcasts`.
        """

        from ...models.body_create_podcast_v1_studio_podcasts_post import BodyCreatePodcastV1StudioPodcastsPost

        kwargs = studio_create_podcast._get_kwargs(
            body=BodyCreatePodcastV1StudioPodcastsPost(
                model_id=model_id,
                mode=mode,
                source=source,
                quality_preset=quality_preset,
                duration_scale=duration_scale,
                language=language,
                intro=intro,
                outro=outro,
                instructions_prompt=instructions_prompt,
                highlights=highlights,
                callback_url=callback_url,
                apply_text_normalization=apply_text_normalization,
            ),
            safety_identifier=safety_identifier,
        )

        return self._requester.request(kwargs, _parse_studio_create_podcast, request_options)


class StudioResourceWithRawResponse:
    """`StudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: StudioResource) -> None:
        self.create_podcast = raw_response(resource.create_podcast)


class AsyncStudioResource:
    """The operations of group `studio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncStudioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def projects(self) -> AsyncStudioProjectsResource:
        """`studio_projects` operations and groups."""
        from ..studio_projects import AsyncStudioProjectsResource

        return AsyncStudioProjectsResource(self._requester)

    async def create_podcast(
        self,
        model_id: str,
        mode: PodcastBulletinMode | PodcastConversationMode,
        source: builtins.list[PodcastTextSource | PodcastURLSource] | PodcastTextSource | PodcastURLSource,
        *,
        quality_preset: QualityPresetType | Unset = UNSET,
        duration_scale: BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
        | Unset = "default",
        language: None | str | Unset = UNSET,
        intro: None | str | Unset = UNSET,
        outro: None | str | Unset = UNSET,
        instructions_prompt: None | str | Unset = UNSET,
        highlights: builtins.list[str] | None | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
        apply_text_normalization: BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        safety_identifier: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PodcastProjectResponseModel:
        """Create Podcast

        Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
        still be charged for the audio generation. In the future, you will be charged for both the LLM and
        audio generation costs.

        `POST /v1/studio/podcasts`.
        """

        from ...models.body_create_podcast_v1_studio_podcasts_post import BodyCreatePodcastV1StudioPodcastsPost

        kwargs = studio_create_podcast._get_kwargs(
            body=BodyCreatePodcastV1StudioPodcastsPost(
                model_id=model_id,
                mode=mode,
                source=source,
                quality_preset=quality_preset,
                duration_scale=duration_scale,
                language=language,
                intro=intro,
                outro=outro,
                instructions_prompt=instructions_prompt,
                highlights=highlights,
                callback_url=callback_url,
                apply_text_normalization=apply_text_normalization,
            ),
            safety_identifier=safety_identifier,
        )

        return await self._requester.request(kwargs, _parse_studio_create_podcast, request_options)


class AsyncStudioResourceWithRawResponse:
    """`AsyncStudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncStudioResource) -> None:
        self.create_podcast = async_raw_response(resource.create_podcast)
