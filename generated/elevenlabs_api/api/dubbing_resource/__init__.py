"""`client.dubbing.resource`: the operations of group `dubbing_resource`, as methods of DubbingResourceResource and AsyncDubbingResourceResource."""

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
    from ..dubbing_resource_language import AsyncDubbingResourceLanguageResource, DubbingResourceLanguageResource
    from ..dubbing_resource_segment import AsyncDubbingResourceSegmentResource, DubbingResourceSegmentResource
    from ..dubbing_resource_speaker import AsyncDubbingResourceSpeakerResource, DubbingResourceSpeakerResource
from . import (
    dubbing_resource_dub,
    dubbing_resource_get,
    dubbing_resource_migrate_segments,
    dubbing_resource_render,
    dubbing_resource_transcribe,
    dubbing_resource_translate,
)


def _parse_dubbing_resource_get(response: httpx.Response) -> models.DubbingResource:
    from ...models.dubbing_resource import DubbingResource

    response_200 = DubbingResource.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_dub(response: httpx.Response) -> models.SegmentDubResponse:
    from ...models.segment_dub_response import SegmentDubResponse

    response_200 = SegmentDubResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_migrate_segments(response: httpx.Response) -> models.SegmentMigrationResponse:
    from ...models.segment_migration_response import SegmentMigrationResponse

    response_200 = SegmentMigrationResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_render(response: httpx.Response) -> models.DubbingRenderResponseModel:
    from ...models.dubbing_render_response_model import DubbingRenderResponseModel

    response_200 = DubbingRenderResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_transcribe(response: httpx.Response) -> models.SegmentTranscriptionResponse:
    from ...models.segment_transcription_response import SegmentTranscriptionResponse

    response_200 = SegmentTranscriptionResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_translate(response: httpx.Response) -> models.SegmentTranslationResponse:
    from ...models.segment_translation_response import SegmentTranslationResponse

    response_200 = SegmentTranslationResponse.from_dict(loads(response.content))

    return response_200


class DubbingResourceResource:
    """The operations of group `dubbing_resource`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingResourceResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingResourceResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def language(self) -> DubbingResourceLanguageResource:
        """`dubbing_resource_language` operations."""
        from ..dubbing_resource_language import DubbingResourceLanguageResource

        return DubbingResourceLanguageResource(self._requester)

    @functools.cached_property
    def segment(self) -> DubbingResourceSegmentResource:
        """`dubbing_resource_segment` operations."""
        from ..dubbing_resource_segment import DubbingResourceSegmentResource

        return DubbingResourceSegmentResource(self._requester)

    @functools.cached_property
    def speaker(self) -> DubbingResourceSpeakerResource:
        """`dubbing_resource_speaker` operations and groups."""
        from ..dubbing_resource_speaker import DubbingResourceSpeakerResource

        return DubbingResourceSpeakerResource(self._requester)

    def get(
        self,
        dubbing_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingResource:
        """Deprecated: Get The Dubbing Resource For An Id.

        Deprecated. Given a dubbing ID generated from the '/v1/dubbing' endpoint with studio enabled,
        returns the dubbing resource.

        `GET /v1/dubbing/resource/{dubbing_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        kwargs = dubbing_resource_get._get_kwargs(
            dubbing_id=dubbing_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_get, request_options)

    def dub(
        self,
        dubbing_id: str,
        segments: builtins.list[str],
        languages: builtins.list[str] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentDubResponse:
        """Deprecated: Dubs All Or Some Segments And Languages

        Deprecated. Regenerate the dubs for either the entire resource or the specified segments/languages.
        Will automatically transcribe and translate any missing transcriptions and translations.

        `POST /v1/dubbing/resource/{dubbing_id}/dub`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segments (list[str]): Dub only this list of segments.
            languages (list[str] | None): Dub only these languages for each segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_dubs_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_dub_post import (
            BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
        )

        kwargs = dubbing_resource_dub._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost(
                segments=segments,
                languages=languages,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_dub, request_options)

    def migrate_segments(
        self,
        dubbing_id: str,
        segment_ids: builtins.list[str],
        speaker_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentMigrationResponse:
        """Deprecated: Move Segments Between Speakers

        Deprecated. Change the attribution of one or more segments to a different speaker.

        `POST /v1/dubbing/resource/{dubbing_id}/migrate-segments`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segment_ids (list[str]):
            speaker_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post import (
            BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
        )

        kwargs = dubbing_resource_migrate_segments._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost(
                segment_ids=segment_ids,
                speaker_id=speaker_id,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_migrate_segments, request_options)

    def render(
        self,
        dubbing_id: str,
        language: str,
        render_type: models.RenderType,
        *,
        normalize_volume: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingRenderResponseModel:
        """Deprecated: Render Audio Or Video For The Given Language

        Deprecated. Regenerate the output media for a language using the latest Studio state. Please ensure
        all segments have been dubbed before rendering, otherwise they will be omitted. Renders are
        generated asynchronously, and to check the status of all renders please use the 'Get Dubbing
        Resource' endpoint.

        `POST /v1/dubbing/resource/{dubbing_id}/render/{language}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language (str): The target language code to render, eg. 'es'. To render the source track use
                'original'.
            render_type (RenderType):  One of: aac, aaf, clips_zip, mp3, mp4, tracks_zip, wav, zip.
            normalize_volume (bool | None | Unset): Whether to normalize the volume of the rendered
                audio. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language", language)
        from ...models.body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post import (
            BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
        )

        kwargs = dubbing_resource_render._get_kwargs(
            dubbing_id=dubbing_id,
            language=language,
            body=BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost(
                render_type=render_type,
                normalize_volume=normalize_volume,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_render, request_options)

    def transcribe(
        self,
        dubbing_id: str,
        segments: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentTranscriptionResponse:
        """Deprecated: Transcribes Segments

        Deprecated. Regenerate the transcriptions for the specified segments. Does not automatically
        regenerate translations or dubs.

        `POST /v1/dubbing/resource/{dubbing_id}/transcribe`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segments (list[str]): Transcribe this specific list of segments.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_transcribes_segments_v1_dubbing_resource_dubbing_id_transcribe_post import (
            BodyTranscribesSegmentsV1DubbingResourceDubbingIdTranscribePost,
        )

        kwargs = dubbing_resource_transcribe._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyTranscribesSegmentsV1DubbingResourceDubbingIdTranscribePost(
                segments=segments,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_transcribe, request_options)

    def translate(
        self,
        dubbing_id: str,
        segments: builtins.list[str],
        languages: builtins.list[str] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentTranslationResponse:
        """Deprecated: Translates All Or Some Segments And Languages

        Deprecated. Regenerate the translations for either the entire resource or the specified
        segments/languages. Will automatically transcribe missing transcriptions. Will not automatically
        regenerate the dubs.

        `POST /v1/dubbing/resource/{dubbing_id}/translate`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segments (list[str]): Translate only this list of segments.
            languages (list[str] | None): Translate only these languages for each segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post import (
            BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
        )

        kwargs = dubbing_resource_translate._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost(
                segments=segments,
                languages=languages,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_translate, request_options)


class DubbingResourceResourceWithRawResponse:
    """`DubbingResourceResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingResourceResource) -> None:
        self.get = raw_response(resource.get)
        self.dub = raw_response(resource.dub)
        self.migrate_segments = raw_response(resource.migrate_segments)
        self.render = raw_response(resource.render)
        self.transcribe = raw_response(resource.transcribe)
        self.translate = raw_response(resource.translate)


class AsyncDubbingResourceResource:
    """The operations of group `dubbing_resource`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingResourceResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingResourceResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def language(self) -> AsyncDubbingResourceLanguageResource:
        """`dubbing_resource_language` operations."""
        from ..dubbing_resource_language import AsyncDubbingResourceLanguageResource

        return AsyncDubbingResourceLanguageResource(self._requester)

    @functools.cached_property
    def segment(self) -> AsyncDubbingResourceSegmentResource:
        """`dubbing_resource_segment` operations."""
        from ..dubbing_resource_segment import AsyncDubbingResourceSegmentResource

        return AsyncDubbingResourceSegmentResource(self._requester)

    @functools.cached_property
    def speaker(self) -> AsyncDubbingResourceSpeakerResource:
        """`dubbing_resource_speaker` operations and groups."""
        from ..dubbing_resource_speaker import AsyncDubbingResourceSpeakerResource

        return AsyncDubbingResourceSpeakerResource(self._requester)

    async def get(
        self,
        dubbing_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingResource:
        """Deprecated: Get The Dubbing Resource For An Id.

        Deprecated. Given a dubbing ID generated from the '/v1/dubbing' endpoint with studio enabled,
        returns the dubbing resource.

        `GET /v1/dubbing/resource/{dubbing_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        kwargs = dubbing_resource_get._get_kwargs(
            dubbing_id=dubbing_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_get, request_options)

    async def dub(
        self,
        dubbing_id: str,
        segments: builtins.list[str],
        languages: builtins.list[str] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentDubResponse:
        """Deprecated: Dubs All Or Some Segments And Languages

        Deprecated. Regenerate the dubs for either the entire resource or the specified segments/languages.
        Will automatically transcribe and translate any missing transcriptions and translations.

        `POST /v1/dubbing/resource/{dubbing_id}/dub`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segments (list[str]): Dub only this list of segments.
            languages (list[str] | None): Dub only these languages for each segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_dubs_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_dub_post import (
            BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
        )

        kwargs = dubbing_resource_dub._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost(
                segments=segments,
                languages=languages,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_dub, request_options)

    async def migrate_segments(
        self,
        dubbing_id: str,
        segment_ids: builtins.list[str],
        speaker_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentMigrationResponse:
        """Deprecated: Move Segments Between Speakers

        Deprecated. Change the attribution of one or more segments to a different speaker.

        `POST /v1/dubbing/resource/{dubbing_id}/migrate-segments`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segment_ids (list[str]):
            speaker_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post import (
            BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
        )

        kwargs = dubbing_resource_migrate_segments._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost(
                segment_ids=segment_ids,
                speaker_id=speaker_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_migrate_segments, request_options)

    async def render(
        self,
        dubbing_id: str,
        language: str,
        render_type: models.RenderType,
        *,
        normalize_volume: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingRenderResponseModel:
        """Deprecated: Render Audio Or Video For The Given Language

        Deprecated. Regenerate the output media for a language using the latest Studio state. Please ensure
        all segments have been dubbed before rendering, otherwise they will be omitted. Renders are
        generated asynchronously, and to check the status of all renders please use the 'Get Dubbing
        Resource' endpoint.

        `POST /v1/dubbing/resource/{dubbing_id}/render/{language}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language (str): The target language code to render, eg. 'es'. To render the source track use
                'original'.
            render_type (RenderType):  One of: aac, aaf, clips_zip, mp3, mp4, tracks_zip, wav, zip.
            normalize_volume (bool | None | Unset): Whether to normalize the volume of the rendered
                audio. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language", language)
        from ...models.body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post import (
            BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
        )

        kwargs = dubbing_resource_render._get_kwargs(
            dubbing_id=dubbing_id,
            language=language,
            body=BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost(
                render_type=render_type,
                normalize_volume=normalize_volume,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_render, request_options)

    async def transcribe(
        self,
        dubbing_id: str,
        segments: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentTranscriptionResponse:
        """Deprecated: Transcribes Segments

        Deprecated. Regenerate the transcriptions for the specified segments. Does not automatically
        regenerate translations or dubs.

        `POST /v1/dubbing/resource/{dubbing_id}/transcribe`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segments (list[str]): Transcribe this specific list of segments.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_transcribes_segments_v1_dubbing_resource_dubbing_id_transcribe_post import (
            BodyTranscribesSegmentsV1DubbingResourceDubbingIdTranscribePost,
        )

        kwargs = dubbing_resource_transcribe._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyTranscribesSegmentsV1DubbingResourceDubbingIdTranscribePost(
                segments=segments,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_transcribe, request_options)

    async def translate(
        self,
        dubbing_id: str,
        segments: builtins.list[str],
        languages: builtins.list[str] | None = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentTranslationResponse:
        """Deprecated: Translates All Or Some Segments And Languages

        Deprecated. Regenerate the translations for either the entire resource or the specified
        segments/languages. Will automatically transcribe missing transcriptions. Will not automatically
        regenerate the dubs.

        `POST /v1/dubbing/resource/{dubbing_id}/translate`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segments (list[str]): Translate only this list of segments.
            languages (list[str] | None): Translate only these languages for each segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post import (
            BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
        )

        kwargs = dubbing_resource_translate._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost(
                segments=segments,
                languages=languages,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_translate, request_options)


class AsyncDubbingResourceResourceWithRawResponse:
    """`AsyncDubbingResourceResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingResourceResource) -> None:
        self.get = async_raw_response(resource.get)
        self.dub = async_raw_response(resource.dub)
        self.migrate_segments = async_raw_response(resource.migrate_segments)
        self.render = async_raw_response(resource.render)
        self.transcribe = async_raw_response(resource.transcribe)
        self.translate = async_raw_response(resource.translate)
