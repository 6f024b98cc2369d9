"""`client.studio`: the operations of group `studio`, as methods of StudioResource and AsyncStudioResource."""

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
    from ..studio_projects import AsyncStudioProjectsResource, StudioProjectsResource
from . import studio_create_podcast


def _parse_studio_create_podcast(response: httpx.Response) -> models.PodcastProjectResponseModel:
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
        mode: models.PodcastBulletinMode | models.PodcastConversationMode,
        source: builtins.list[models.PodcastTextSource | models.PodcastUrlSource]
        | models.PodcastTextSource
        | models.PodcastUrlSource,
        *,
        quality_preset: models.QualityPresetType | Unset = UNSET,
        duration_scale: models.BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
        | Unset = UNSET,
        language: None | str | Unset = UNSET,
        intro: None | str | Unset = UNSET,
        outro: None | str | Unset = UNSET,
        instructions_prompt: None | str | Unset = UNSET,
        highlights: builtins.list[str] | None | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
        apply_text_normalization: models.BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        safety_identifier: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.PodcastProjectResponseModel:
        """Create Podcast

        Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
        still be charged for the audio generation. In the future, you will be charged for both the LLM and
        audio generation costs.

        `POST /v1/studio/podcasts`.

        Args:
            model_id (str): The ID of the model to be used for this Studio project, you can query GET
                /v1/models to list all available models.
            mode (PodcastBulletinMode | PodcastConversationMode): The type of podcast to generate. Can
                be 'conversation', an interaction between two voices, or 'bulletin', a monologue.
            source (list[PodcastTextSource | PodcastUrlSource] | PodcastTextSource | PodcastUrlSource):
                The source content for the Podcast.
            quality_preset (QualityPresetType | Unset):  One of: high, standard, ultra, ultra_lossless.
            duration_scale (BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage | Unset):
                Duration of the generated podcast. Must be one of: short - produces podcasts shorter than 3
                minutes. default - produces podcasts roughly between 3-7 minutes. long - produces podcasts
                longer than 7 minutes. Defaults to 'default' on the server. One of: default, long, short.
            language (None | str | Unset): An optional language of the Studio project. Two-letter
                language code (ISO 639-1).
            intro (None | str | Unset): The intro text that will always be added to the beginning of the
                podcast.
            outro (None | str | Unset): The outro text that will always be added to the end of the
                podcast.
            instructions_prompt (None | str | Unset): Additional instructions prompt for the podcast
                generation used to adjust the podcast's style and tone.
            highlights (list[str] | None | Unset): A brief summary or highlights of the Studio project's
                content, providing key points or themes. This should be between 10 and 70 characters.
            callback_url (None | str | Unset): A url that will be called by our service when the Studio
                project is converted. Request will contain a json blob containing the status of the
                conversion Messages: 1. When project was converted successfully: { type:
                "project_conversion_status", event_timestamp: 1234567890, data: { request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM", conversion_status: "success", project_snapshot_id:
                "22m00Tcm4TlvDq8ikMAT", error_details: None, } } 2. When project conversion failed: { type:
                "project_conversion_status", event_timestamp: 1234567890, data: { request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM", conversion_status: "error", project_snapshot_id: None,
                error_details: "Error details if conversion failed" } } 3. When chapter was converted
                successfully: { type: "chapter_conversion_status", event_timestamp: 1234567890, data: {
                request_id: "1234567890", project_id: "21m00Tcm4TlvDq8ikWAM", chapter_id:
                "22m00Tcm4TlvDq8ikMAT", conversion_status: "success", chapter_snapshot_id:
                "23m00Tcm4TlvDq8ikMAV", error_details: None, } } 4. When chapter conversion failed: { type:
                "chapter_conversion_status", event_timestamp: 1234567890, data: { request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM", chapter_id: "22m00Tcm4TlvDq8ikMAT", conversion_status:
                "error", chapter_snapshot_id: None, error_details: "Error details if conversion failed" } }
            apply_text_normalization (BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 | None | Unset):
                This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english'
                and 'off'. When set to 'auto', the system will automatically decide whether to apply text
                normalization (e.g., spelling out numbers). With 'on', text normalization will always be
                applied, while with 'off', it will be skipped. 'apply_english' is the same as 'on' but will
                assume that text is in English. One of: apply_english, auto, off, on.
            safety_identifier (None | str | Unset): Used for moderation. Your workspace must be
                allowlisted to use this feature.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        mode: models.PodcastBulletinMode | models.PodcastConversationMode,
        source: builtins.list[models.PodcastTextSource | models.PodcastUrlSource]
        | models.PodcastTextSource
        | models.PodcastUrlSource,
        *,
        quality_preset: models.QualityPresetType | Unset = UNSET,
        duration_scale: models.BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
        | Unset = UNSET,
        language: None | str | Unset = UNSET,
        intro: None | str | Unset = UNSET,
        outro: None | str | Unset = UNSET,
        instructions_prompt: None | str | Unset = UNSET,
        highlights: builtins.list[str] | None | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
        apply_text_normalization: models.BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        safety_identifier: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.PodcastProjectResponseModel:
        """Create Podcast

        Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
        still be charged for the audio generation. In the future, you will be charged for both the LLM and
        audio generation costs.

        `POST /v1/studio/podcasts`.

        Args:
            model_id (str): The ID of the model to be used for this Studio project, you can query GET
                /v1/models to list all available models.
            mode (PodcastBulletinMode | PodcastConversationMode): The type of podcast to generate. Can
                be 'conversation', an interaction between two voices, or 'bulletin', a monologue.
            source (list[PodcastTextSource | PodcastUrlSource] | PodcastTextSource | PodcastUrlSource):
                The source content for the Podcast.
            quality_preset (QualityPresetType | Unset):  One of: high, standard, ultra, ultra_lossless.
            duration_scale (BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage | Unset):
                Duration of the generated podcast. Must be one of: short - produces podcasts shorter than 3
                minutes. default - produces podcasts roughly between 3-7 minutes. long - produces podcasts
                longer than 7 minutes. Defaults to 'default' on the server. One of: default, long, short.
            language (None | str | Unset): An optional language of the Studio project. Two-letter
                language code (ISO 639-1).
            intro (None | str | Unset): The intro text that will always be added to the beginning of the
                podcast.
            outro (None | str | Unset): The outro text that will always be added to the end of the
                podcast.
            instructions_prompt (None | str | Unset): Additional instructions prompt for the podcast
                generation used to adjust the podcast's style and tone.
            highlights (list[str] | None | Unset): A brief summary or highlights of the Studio project's
                content, providing key points or themes. This should be between 10 and 70 characters.
            callback_url (None | str | Unset): A url that will be called by our service when the Studio
                project is converted. Request will contain a json blob containing the status of the
                conversion Messages: 1. When project was converted successfully: { type:
                "project_conversion_status", event_timestamp: 1234567890, data: { request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM", conversion_status: "success", project_snapshot_id:
                "22m00Tcm4TlvDq8ikMAT", error_details: None, } } 2. When project conversion failed: { type:
                "project_conversion_status", event_timestamp: 1234567890, data: { request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM", conversion_status: "error", project_snapshot_id: None,
                error_details: "Error details if conversion failed" } } 3. When chapter was converted
                successfully: { type: "chapter_conversion_status", event_timestamp: 1234567890, data: {
                request_id: "1234567890", project_id: "21m00Tcm4TlvDq8ikWAM", chapter_id:
                "22m00Tcm4TlvDq8ikMAT", conversion_status: "success", chapter_snapshot_id:
                "23m00Tcm4TlvDq8ikMAV", error_details: None, } } 4. When chapter conversion failed: { type:
                "chapter_conversion_status", event_timestamp: 1234567890, data: { request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM", chapter_id: "22m00Tcm4TlvDq8ikMAT", conversion_status:
                "error", chapter_snapshot_id: None, error_details: "Error details if conversion failed" } }
            apply_text_normalization (BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 | None | Unset):
                This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english'
                and 'off'. When set to 'auto', the system will automatically decide whether to apply text
                normalization (e.g., spelling out numbers). With 'on', text normalization will always be
                applied, while with 'off', it will be skipped. 'apply_english' is the same as 'on' but will
                assume that text is in English. One of: apply_english, auto, off, on.
            safety_identifier (None | str | Unset): Used for moderation. Your workspace must be
                allowlisted to use this feature.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
