"""`client.dubbing`: the operations of group `dubbing`, as methods of DubbingResource and AsyncDubbingResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
from .. import (
    AsyncRequester,
    Paging,
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
    from ..dubbing_audio import AsyncDubbingAudioResource, DubbingAudioResource
    from ..dubbing_project import AsyncDubbingProjectResource, DubbingProjectResource
    from ..dubbing_resource import AsyncDubbingResourceResource, DubbingResourceResource
    from ..dubbing_transcript import AsyncDubbingTranscriptResource, DubbingTranscriptResource
    from ..dubbing_transcripts import AsyncDubbingTranscriptsResource, DubbingTranscriptsResource
from . import dubbing_create, dubbing_delete, dubbing_get, dubbing_list


def _parse_dubbing_list(response: httpx.Response) -> models.DubbingMetadataPageResponseModel:
    from ...models.dubbing_metadata_page_response_model import DubbingMetadataPageResponseModel

    response_200 = DubbingMetadataPageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_create(response: httpx.Response) -> models.DoDubbingResponse:
    from ...models.do_dubbing_response import DoDubbingResponse

    response_200 = DoDubbingResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_get(response: httpx.Response) -> models.DubbingMetadataResponse:
    from ...models.dubbing_metadata_response import DubbingMetadataResponse

    response_200 = DubbingMetadataResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_delete(response: httpx.Response) -> models.DeleteDubbingResponseModel:
    from ...models.delete_dubbing_response_model import DeleteDubbingResponseModel

    response_200 = DeleteDubbingResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_DUBBING_LIST = Paging(
    items="dubs",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class DubbingListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    dubbing_status: models.DubbingListDubbingStatus | Unset
    dubbing_statuses: builtins.list[models.DubbingListDubbingStatusesType0Item] | None | Unset
    dubbing_models: builtins.list[models.DubbingListDubbingModelsType0Item] | None | Unset
    target_language_codes: builtins.list[str] | None | Unset
    creation_sources: builtins.list[models.DubbingListCreationSourcesType0Item] | None | Unset
    filter_by_creator: models.DubbingListFilterByCreator | Unset
    order_by: models.DubbingListOrderBy | Unset
    order_direction: models.DubbingListOrderDirection | Unset


class DubbingResource:
    """The operations of group `dubbing`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def audio(self) -> DubbingAudioResource:
        """`dubbing_audio` operations."""
        from ..dubbing_audio import DubbingAudioResource

        return DubbingAudioResource(self._requester)

    @functools.cached_property
    def project(self) -> DubbingProjectResource:
        """`dubbing_project` operations and groups."""
        from ..dubbing_project import DubbingProjectResource

        return DubbingProjectResource(self._requester)

    @functools.cached_property
    def resource(self) -> DubbingResourceResource:
        """`dubbing_resource` operations and groups."""
        from ..dubbing_resource import DubbingResourceResource

        return DubbingResourceResource(self._requester)

    @functools.cached_property
    def transcript(self) -> DubbingTranscriptResource:
        """`dubbing_transcript` operations."""
        from ..dubbing_transcript import DubbingTranscriptResource

        return DubbingTranscriptResource(self._requester)

    @functools.cached_property
    def transcripts(self) -> DubbingTranscriptsResource:
        """`dubbing_transcripts` operations."""
        from ..dubbing_transcripts import DubbingTranscriptsResource

        return DubbingTranscriptsResource(self._requester)

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        dubbing_status: models.DubbingListDubbingStatus | Unset = UNSET,
        dubbing_statuses: builtins.list[models.DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
        dubbing_models: builtins.list[models.DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
        target_language_codes: builtins.list[str] | None | Unset = UNSET,
        creation_sources: builtins.list[models.DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
        filter_by_creator: models.DubbingListFilterByCreator | Unset = UNSET,
        order_by: models.DubbingListOrderBy | Unset = UNSET,
        order_direction: models.DubbingListOrderDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingMetadataPageResponseModel:
        """List Dubs

        List the dubs you have access to.

        `GET /v1/dubbing`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many dubs to return at maximum. Can not exceed 200, defaults to
                100. Defaults to 100 on the server.
            dubbing_status (DubbingListDubbingStatus | Unset): What state the dub is currently in. One
                of: dubbed, dubbing, failed.
            dubbing_statuses (list[DubbingListDubbingStatusesType0Item] | None | Unset): Filter by
                dubbing status.
            dubbing_models (list[DubbingListDubbingModelsType0Item] | None | Unset): Filter by dubbing
                model generation.
            target_language_codes (list[str] | None | Unset): Filter by target language code.
            creation_sources (list[DubbingListCreationSourcesType0Item] | None | Unset): Filter by
                dubbing creation source.
            filter_by_creator (DubbingListFilterByCreator | Unset): Filters who created the resources
                being listed, whether it was the user running the request or someone else that shared the
                resource with them. Defaults to 'all' on the server. One of: all, others, personal.
            order_by (DubbingListOrderBy | Unset): The field to use for ordering results from this
                query. Defaults to 'created_at' on the server. One of: created_at, name.
            order_direction (DubbingListOrderDirection | Unset): The order direction to use for results
                from this query. Defaults to 'DESCENDING' on the server. One of: ASCENDING, DESCENDING.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = dubbing_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            dubbing_status=dubbing_status,
            dubbing_statuses=dubbing_statuses,
            dubbing_models=dubbing_models,
            target_language_codes=target_language_codes,
            creation_sources=creation_sources,
            filter_by_creator=filter_by_creator,
            order_by=order_by,
            order_direction=order_direction,
        )

        return self._requester.request(kwargs, _parse_dubbing_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[DubbingListQuery],
    ) -> Iterator[models.DubbingMetadataPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_DUBBING_LIST)

    def iter_all(
        self,
        **query: Unpack[DubbingListQuery],
    ) -> Iterator[models.DubbingMetadataResponse]:
        """Every item (`dubs`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.dubs

    def create(
        self,
        *,
        file: FileInput | None | Unset = UNSET,
        csv_file: FileInput | None | Unset = UNSET,
        foreground_audio_file: FileInput | None | Unset = UNSET,
        background_audio_file: FileInput | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: None | str | Unset = UNSET,
        target_accent: None | str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        watermark: bool | Unset = UNSET,
        start_time: int | None | Unset = UNSET,
        end_time: int | None | Unset = UNSET,
        highest_resolution: bool | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        use_profanity_filter: bool | None | Unset = UNSET,
        dubbing_studio: bool | Unset = UNSET,
        disable_voice_cloning: bool | Unset = UNSET,
        mode: models.DubRequestMode | Unset = UNSET,
        csv_fps: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DoDubbingResponse:
        """Dub A Video Or An Audio File

        Dubs a provided audio or video file into given language.

        `POST /v1/dubbing`.

        Args:
            file (FileInput | None | Unset): A list of file paths to audio recordings intended for voice
                cloning
            csv_file (FileInput | None | Unset): CSV file containing transcription/translation metadata
            foreground_audio_file (FileInput | None | Unset): For use only with csv input
            background_audio_file (FileInput | None | Unset): For use only with csv input
            name (None | str | Unset): Name of the dubbing project.
            source_url (None | str | Unset): URL of the source video/audio file.
            source_lang (str | Unset): Source language. Expects a valid iso639-1 or iso639-3 language
                code. Defaults to 'auto' on the server.
            target_lang (None | str | Unset): The Target language to dub the content into. Expects a
                valid iso639-1 or iso639-3 language code.
            target_accent (None | str | Unset): [Experimental] An accent to apply when selecting voices
                from the library and to use to inform translation of the dialect to prefer.
            num_speakers (int | Unset): Number of speakers to use for the dubbing. Set to 0 to
                automatically detect the number of speakers Defaults to 0 on the server.
            watermark (bool | Unset): Whether to apply watermark to the output video. Defaults to False
                on the server.
            start_time (int | None | Unset): Start time of the source video/audio file.
            end_time (int | None | Unset): End time of the source video/audio file.
            highest_resolution (bool | Unset): Whether to use the highest resolution available. Defaults
                to False on the server.
            drop_background_audio (bool | Unset): An advanced setting. Whether to drop background audio
                from the final dub. This can improve dub quality where it's known that audio shouldn't have
                a background track such as for speeches or monologues. Defaults to False on the server.
            use_profanity_filter (bool | None | Unset): [BETA] Whether transcripts should have
                profanities censored with the words '[censored]'
            dubbing_studio (bool | Unset): Whether to prepare dub for edits in dubbing studio or edits
                as a dubbing resource. Defaults to False on the server.
            disable_voice_cloning (bool | Unset): Instead of using a voice clone in dubbing, use a
                similar voice from the ElevenLabs Voice Library. Voices used from the library will
                contribute towards a workspace's custom voices limit, and if there aren't enough available
                slots the dub will fail. Using this feature requires the caller to have the
                'add_voice_from_voice_library' permission on their workspace to access new voices. Defaults
                to False on the server.
            mode (DubRequestMode | Unset): The mode in which to run this Dubbing job. Defaults to
                automatic, use manual if specifically providing a CSV transcript to use. Note that manual
                mode is experimental and production use is strongly discouraged. Defaults to 'automatic' on
                the server. One of: automatic, manual.
            csv_fps (float | None | Unset): Frames per second to use when parsing a CSV file for
                dubbing. If not provided, FPS will be inferred from timecodes.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.dub_request import DubRequest

        kwargs = dubbing_create._get_kwargs(
            body=DubRequest(
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                csv_file=csv_file if isinstance(csv_file, Unset) or csv_file is None else as_file(csv_file),
                foreground_audio_file=foreground_audio_file
                if isinstance(foreground_audio_file, Unset) or foreground_audio_file is None
                else as_file(foreground_audio_file),
                background_audio_file=background_audio_file
                if isinstance(background_audio_file, Unset) or background_audio_file is None
                else as_file(background_audio_file),
                name=name,
                source_url=source_url,
                source_lang=source_lang,
                target_lang=target_lang,
                target_accent=target_accent,
                num_speakers=num_speakers,
                watermark=watermark,
                start_time=start_time,
                end_time=end_time,
                highest_resolution=highest_resolution,
                drop_background_audio=drop_background_audio,
                use_profanity_filter=use_profanity_filter,
                dubbing_studio=dubbing_studio,
                disable_voice_cloning=disable_voice_cloning,
                mode=mode,
                csv_fps=csv_fps,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_create, request_options)

    def get(
        self,
        dubbing_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingMetadataResponse:
        """Get Dubbing

        Returns metadata about a dubbing project, including whether it's still in progress or not

        `GET /v1/dubbing/{dubbing_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        kwargs = dubbing_get._get_kwargs(
            dubbing_id=dubbing_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_get, request_options)

    def delete(
        self,
        dubbing_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteDubbingResponseModel:
        """Delete Dubbing

        Deletes a dubbing project.

        `DELETE /v1/dubbing/{dubbing_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        kwargs = dubbing_delete._get_kwargs(
            dubbing_id=dubbing_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_delete, request_options)


class DubbingResourceWithRawResponse:
    """`DubbingResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncDubbingResource:
    """The operations of group `dubbing`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def audio(self) -> AsyncDubbingAudioResource:
        """`dubbing_audio` operations."""
        from ..dubbing_audio import AsyncDubbingAudioResource

        return AsyncDubbingAudioResource(self._requester)

    @functools.cached_property
    def project(self) -> AsyncDubbingProjectResource:
        """`dubbing_project` operations and groups."""
        from ..dubbing_project import AsyncDubbingProjectResource

        return AsyncDubbingProjectResource(self._requester)

    @functools.cached_property
    def resource(self) -> AsyncDubbingResourceResource:
        """`dubbing_resource` operations and groups."""
        from ..dubbing_resource import AsyncDubbingResourceResource

        return AsyncDubbingResourceResource(self._requester)

    @functools.cached_property
    def transcript(self) -> AsyncDubbingTranscriptResource:
        """`dubbing_transcript` operations."""
        from ..dubbing_transcript import AsyncDubbingTranscriptResource

        return AsyncDubbingTranscriptResource(self._requester)

    @functools.cached_property
    def transcripts(self) -> AsyncDubbingTranscriptsResource:
        """`dubbing_transcripts` operations."""
        from ..dubbing_transcripts import AsyncDubbingTranscriptsResource

        return AsyncDubbingTranscriptsResource(self._requester)

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        dubbing_status: models.DubbingListDubbingStatus | Unset = UNSET,
        dubbing_statuses: builtins.list[models.DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
        dubbing_models: builtins.list[models.DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
        target_language_codes: builtins.list[str] | None | Unset = UNSET,
        creation_sources: builtins.list[models.DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
        filter_by_creator: models.DubbingListFilterByCreator | Unset = UNSET,
        order_by: models.DubbingListOrderBy | Unset = UNSET,
        order_direction: models.DubbingListOrderDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingMetadataPageResponseModel:
        """List Dubs

        List the dubs you have access to.

        `GET /v1/dubbing`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many dubs to return at maximum. Can not exceed 200, defaults to
                100. Defaults to 100 on the server.
            dubbing_status (DubbingListDubbingStatus | Unset): What state the dub is currently in. One
                of: dubbed, dubbing, failed.
            dubbing_statuses (list[DubbingListDubbingStatusesType0Item] | None | Unset): Filter by
                dubbing status.
            dubbing_models (list[DubbingListDubbingModelsType0Item] | None | Unset): Filter by dubbing
                model generation.
            target_language_codes (list[str] | None | Unset): Filter by target language code.
            creation_sources (list[DubbingListCreationSourcesType0Item] | None | Unset): Filter by
                dubbing creation source.
            filter_by_creator (DubbingListFilterByCreator | Unset): Filters who created the resources
                being listed, whether it was the user running the request or someone else that shared the
                resource with them. Defaults to 'all' on the server. One of: all, others, personal.
            order_by (DubbingListOrderBy | Unset): The field to use for ordering results from this
                query. Defaults to 'created_at' on the server. One of: created_at, name.
            order_direction (DubbingListOrderDirection | Unset): The order direction to use for results
                from this query. Defaults to 'DESCENDING' on the server. One of: ASCENDING, DESCENDING.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = dubbing_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            dubbing_status=dubbing_status,
            dubbing_statuses=dubbing_statuses,
            dubbing_models=dubbing_models,
            target_language_codes=target_language_codes,
            creation_sources=creation_sources,
            filter_by_creator=filter_by_creator,
            order_by=order_by,
            order_direction=order_direction,
        )

        return await self._requester.request(kwargs, _parse_dubbing_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[DubbingListQuery],
    ) -> AsyncIterator[models.DubbingMetadataPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_DUBBING_LIST)

    async def iter_all(
        self,
        **query: Unpack[DubbingListQuery],
    ) -> AsyncIterator[models.DubbingMetadataResponse]:
        """Every item (`dubs`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.dubs:
                yield item

    async def create(
        self,
        *,
        file: FileInput | None | Unset = UNSET,
        csv_file: FileInput | None | Unset = UNSET,
        foreground_audio_file: FileInput | None | Unset = UNSET,
        background_audio_file: FileInput | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: None | str | Unset = UNSET,
        target_accent: None | str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        watermark: bool | Unset = UNSET,
        start_time: int | None | Unset = UNSET,
        end_time: int | None | Unset = UNSET,
        highest_resolution: bool | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        use_profanity_filter: bool | None | Unset = UNSET,
        dubbing_studio: bool | Unset = UNSET,
        disable_voice_cloning: bool | Unset = UNSET,
        mode: models.DubRequestMode | Unset = UNSET,
        csv_fps: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DoDubbingResponse:
        """Dub A Video Or An Audio File

        Dubs a provided audio or video file into given language.

        `POST /v1/dubbing`.

        Args:
            file (FileInput | None | Unset): A list of file paths to audio recordings intended for voice
                cloning
            csv_file (FileInput | None | Unset): CSV file containing transcription/translation metadata
            foreground_audio_file (FileInput | None | Unset): For use only with csv input
            background_audio_file (FileInput | None | Unset): For use only with csv input
            name (None | str | Unset): Name of the dubbing project.
            source_url (None | str | Unset): URL of the source video/audio file.
            source_lang (str | Unset): Source language. Expects a valid iso639-1 or iso639-3 language
                code. Defaults to 'auto' on the server.
            target_lang (None | str | Unset): The Target language to dub the content into. Expects a
                valid iso639-1 or iso639-3 language code.
            target_accent (None | str | Unset): [Experimental] An accent to apply when selecting voices
                from the library and to use to inform translation of the dialect to prefer.
            num_speakers (int | Unset): Number of speakers to use for the dubbing. Set to 0 to
                automatically detect the number of speakers Defaults to 0 on the server.
            watermark (bool | Unset): Whether to apply watermark to the output video. Defaults to False
                on the server.
            start_time (int | None | Unset): Start time of the source video/audio file.
            end_time (int | None | Unset): End time of the source video/audio file.
            highest_resolution (bool | Unset): Whether to use the highest resolution available. Defaults
                to False on the server.
            drop_background_audio (bool | Unset): An advanced setting. Whether to drop background audio
                from the final dub. This can improve dub quality where it's known that audio shouldn't have
                a background track such as for speeches or monologues. Defaults to False on the server.
            use_profanity_filter (bool | None | Unset): [BETA] Whether transcripts should have
                profanities censored with the words '[censored]'
            dubbing_studio (bool | Unset): Whether to prepare dub for edits in dubbing studio or edits
                as a dubbing resource. Defaults to False on the server.
            disable_voice_cloning (bool | Unset): Instead of using a voice clone in dubbing, use a
                similar voice from the ElevenLabs Voice Library. Voices used from the library will
                contribute towards a workspace's custom voices limit, and if there aren't enough available
                slots the dub will fail. Using this feature requires the caller to have the
                'add_voice_from_voice_library' permission on their workspace to access new voices. Defaults
                to False on the server.
            mode (DubRequestMode | Unset): The mode in which to run this Dubbing job. Defaults to
                automatic, use manual if specifically providing a CSV transcript to use. Note that manual
                mode is experimental and production use is strongly discouraged. Defaults to 'automatic' on
                the server. One of: automatic, manual.
            csv_fps (float | None | Unset): Frames per second to use when parsing a CSV file for
                dubbing. If not provided, FPS will be inferred from timecodes.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.dub_request import DubRequest

        kwargs = dubbing_create._get_kwargs(
            body=DubRequest(
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                csv_file=csv_file if isinstance(csv_file, Unset) or csv_file is None else as_file(csv_file),
                foreground_audio_file=foreground_audio_file
                if isinstance(foreground_audio_file, Unset) or foreground_audio_file is None
                else as_file(foreground_audio_file),
                background_audio_file=background_audio_file
                if isinstance(background_audio_file, Unset) or background_audio_file is None
                else as_file(background_audio_file),
                name=name,
                source_url=source_url,
                source_lang=source_lang,
                target_lang=target_lang,
                target_accent=target_accent,
                num_speakers=num_speakers,
                watermark=watermark,
                start_time=start_time,
                end_time=end_time,
                highest_resolution=highest_resolution,
                drop_background_audio=drop_background_audio,
                use_profanity_filter=use_profanity_filter,
                dubbing_studio=dubbing_studio,
                disable_voice_cloning=disable_voice_cloning,
                mode=mode,
                csv_fps=csv_fps,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_create, request_options)

    async def get(
        self,
        dubbing_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingMetadataResponse:
        """Get Dubbing

        Returns metadata about a dubbing project, including whether it's still in progress or not

        `GET /v1/dubbing/{dubbing_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        kwargs = dubbing_get._get_kwargs(
            dubbing_id=dubbing_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_get, request_options)

    async def delete(
        self,
        dubbing_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteDubbingResponseModel:
        """Delete Dubbing

        Deletes a dubbing project.

        `DELETE /v1/dubbing/{dubbing_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        kwargs = dubbing_delete._get_kwargs(
            dubbing_id=dubbing_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_delete, request_options)


class AsyncDubbingResourceWithRawResponse:
    """`AsyncDubbingResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
