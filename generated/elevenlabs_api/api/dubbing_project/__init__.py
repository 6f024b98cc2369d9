"""`client.dubbing.project`: the operations of group `dubbing_project`, as methods of DubbingProjectResource and AsyncDubbingProjectResource."""

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
    from ..dubbing_project_language import AsyncDubbingProjectLanguageResource, DubbingProjectLanguageResource
    from ..dubbing_project_transcript import AsyncDubbingProjectTranscriptResource, DubbingProjectTranscriptResource
from . import dubbing_project_create, dubbing_project_delete, dubbing_project_get, dubbing_project_list


def _parse_dubbing_project_list(response: httpx.Response) -> models.DubbingProjectListResponse:
    from ...models.dubbing_project_list_response import DubbingProjectListResponse

    response_200 = DubbingProjectListResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_create(response: httpx.Response) -> models.DubbingProjectResponse:
    from ...models.dubbing_project_response import DubbingProjectResponse

    response_201 = DubbingProjectResponse.from_dict(loads(response.content))

    return response_201


def _parse_dubbing_project_get(response: httpx.Response) -> models.DubbingProjectResponse:
    from ...models.dubbing_project_response import DubbingProjectResponse

    response_200 = DubbingProjectResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_delete(response: httpx.Response) -> None:
    return None


_PAGING_DUBBING_PROJECT_LIST = Paging(
    items="projects",
    kind="cursor",
    next="next_cursor",
    parameter="cursor",
)


class DubbingProjectListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    status: None | str | Unset
    sort_direction: models.DubbingProjectListSortDirection | Unset


class DubbingProjectResource:
    """The operations of group `dubbing_project`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingProjectResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingProjectResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def language(self) -> DubbingProjectLanguageResource:
        """`dubbing_project_language` operations and groups."""
        from ..dubbing_project_language import DubbingProjectLanguageResource

        return DubbingProjectLanguageResource(self._requester)

    @functools.cached_property
    def transcript(self) -> DubbingProjectTranscriptResource:
        """`dubbing_project_transcript` operations."""
        from ..dubbing_project_transcript import DubbingProjectTranscriptResource

        return DubbingProjectTranscriptResource(self._requester)

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: None | str | Unset = UNSET,
        sort_direction: models.DubbingProjectListSortDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingProjectListResponse:
        """List Dubbing Projects

        List the workspace's dubbing projects (cursor-paginated).

        `GET /v1/dubbing/project`.

        Args:
            cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
            page_size (int | Unset): Number of projects per page (max 100). Defaults to 20 on the
                server.
            status (None | str | Unset): Filter to projects in this status (preparing, ready, failed).
            sort_direction (DubbingProjectListSortDirection | Unset): Sort by creation time (default
                'DESCENDING'). Defaults to 'DESCENDING' on the server. One of: ASCENDING, DESCENDING.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = dubbing_project_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            status=status,
            sort_direction=sort_direction,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[DubbingProjectListQuery],
    ) -> Iterator[models.DubbingProjectListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.list, query, _PAGING_DUBBING_PROJECT_LIST)

    def iter_all(
        self,
        **query: Unpack[DubbingProjectListQuery],
    ) -> Iterator[models.DubbingProjectResponse]:
        """Every item (`projects`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.projects

    def create(
        self,
        *,
        file: FileInput | None | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        reference: None | str | Unset = UNSET,
        source_language: None | str | Unset = UNSET,
        model_id: models.BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 | None | str | Unset = UNSET,
        keyterms: builtins.list[str] | Unset = UNSET,
        webhook_ids: builtins.list[str] | Unset = UNSET,
        target_language: None | str | Unset = UNSET,
        transcript: FileInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingProjectResponse:
        """Create Dubbing Project

        Create a dubbing project from an uploaded file or a source URL.

        `POST /v1/dubbing/project`.

        Args:
            file (FileInput | None | Unset): The source media file to dub. Provide this or source_url.
            source_url (None | str | Unset): Public URL to fetch the source media from. Provide this or
                file.
            reference (None | str | Unset): Optional free-form string (max 500 characters) to identify
                the project on your end.
            source_language (None | str | Unset): BCP-47 language tag of the source media; must be a
                language the transcription model supports. Any region or script subtag is ignored, since
                transcription is per-language. Omit to auto-detect.
            model_id (BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 | None | str | Unset):
                Default dubbing model id ('dubbing_v1' or 'dubbing_v2') for the project's language targets;
                a target may override it. Omit to use the system default. One of: dubbing_v1, dubbing_v2.
            keyterms (list[str] | Unset): Key terms to bias transcription/translation toward (e.g.
                product or brand names). At most 1000 terms; each term at most 50 characters and 5 words;
                the characters `<>{}[]\\` are not allowed.
            webhook_ids (list[str] | Unset): Ids of workspace webhooks to notify when this project
                becomes ready or fails, and when any of its languages completes or fails. At most 3; each
                must be a webhook configured in your workspace.
            target_language (None | str | Unset): Optional shortcut: also create a language target in
                this BCP-47 language, queued to start once the project is ready. Must be a language the
                dubbing model supports, and a region-qualified tag must be one of the supported dialects.
            transcript (FileInput | None | Unset): Enterprise only. Optional JSON transcript to use
                instead of automatic transcription. When provided, source_language is required. Segments may
                include an optional external_id and an optional translation; if any segment includes a
                translation, target_language is required and every segment must include one (used to seed
                the target created via target_language).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_dubbing_project_v1_dubbing_project_post import (
            BodyCreateDubbingProjectV1DubbingProjectPost,
        )

        kwargs = dubbing_project_create._get_kwargs(
            body=BodyCreateDubbingProjectV1DubbingProjectPost(
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                source_url=source_url,
                reference=reference,
                source_language=source_language,
                model_id=model_id,
                keyterms=keyterms,
                webhook_ids=webhook_ids,
                target_language=target_language,
                transcript=transcript if isinstance(transcript, Unset) or transcript is None else as_file(transcript),
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_project_create, request_options)

    def get(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingProjectResponse:
        """Get Dubbing Project

        Full project detail, including its language target ids.

        `GET /v1/dubbing/project/{project_id}`.

        Args:
            project_id (str): Identifier of the dubbing project to fetch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_get._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_get, request_options)

    def delete(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Dubbing Project

        Delete a project and its language targets.

        `DELETE /v1/dubbing/project/{project_id}`.

        Args:
            project_id (str): Identifier of the dubbing project to delete.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_delete._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_delete, request_options)


class DubbingProjectResourceWithRawResponse:
    """`DubbingProjectResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingProjectResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncDubbingProjectResource:
    """The operations of group `dubbing_project`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingProjectResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingProjectResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def language(self) -> AsyncDubbingProjectLanguageResource:
        """`dubbing_project_language` operations and groups."""
        from ..dubbing_project_language import AsyncDubbingProjectLanguageResource

        return AsyncDubbingProjectLanguageResource(self._requester)

    @functools.cached_property
    def transcript(self) -> AsyncDubbingProjectTranscriptResource:
        """`dubbing_project_transcript` operations."""
        from ..dubbing_project_transcript import AsyncDubbingProjectTranscriptResource

        return AsyncDubbingProjectTranscriptResource(self._requester)

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: None | str | Unset = UNSET,
        sort_direction: models.DubbingProjectListSortDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingProjectListResponse:
        """List Dubbing Projects

        List the workspace's dubbing projects (cursor-paginated).

        `GET /v1/dubbing/project`.

        Args:
            cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
            page_size (int | Unset): Number of projects per page (max 100). Defaults to 20 on the
                server.
            status (None | str | Unset): Filter to projects in this status (preparing, ready, failed).
            sort_direction (DubbingProjectListSortDirection | Unset): Sort by creation time (default
                'DESCENDING'). Defaults to 'DESCENDING' on the server. One of: ASCENDING, DESCENDING.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = dubbing_project_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            status=status,
            sort_direction=sort_direction,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[DubbingProjectListQuery],
    ) -> AsyncIterator[models.DubbingProjectListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.list, query, _PAGING_DUBBING_PROJECT_LIST)

    async def iter_all(
        self,
        **query: Unpack[DubbingProjectListQuery],
    ) -> AsyncIterator[models.DubbingProjectResponse]:
        """Every item (`projects`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.projects:
                yield item

    async def create(
        self,
        *,
        file: FileInput | None | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        reference: None | str | Unset = UNSET,
        source_language: None | str | Unset = UNSET,
        model_id: models.BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 | None | str | Unset = UNSET,
        keyterms: builtins.list[str] | Unset = UNSET,
        webhook_ids: builtins.list[str] | Unset = UNSET,
        target_language: None | str | Unset = UNSET,
        transcript: FileInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingProjectResponse:
        """Create Dubbing Project

        Create a dubbing project from an uploaded file or a source URL.

        `POST /v1/dubbing/project`.

        Args:
            file (FileInput | None | Unset): The source media file to dub. Provide this or source_url.
            source_url (None | str | Unset): Public URL to fetch the source media from. Provide this or
                file.
            reference (None | str | Unset): Optional free-form string (max 500 characters) to identify
                the project on your end.
            source_language (None | str | Unset): BCP-47 language tag of the source media; must be a
                language the transcription model supports. Any region or script subtag is ignored, since
                transcription is per-language. Omit to auto-detect.
            model_id (BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 | None | str | Unset):
                Default dubbing model id ('dubbing_v1' or 'dubbing_v2') for the project's language targets;
                a target may override it. Omit to use the system default. One of: dubbing_v1, dubbing_v2.
            keyterms (list[str] | Unset): Key terms to bias transcription/translation toward (e.g.
                product or brand names). At most 1000 terms; each term at most 50 characters and 5 words;
                the characters `<>{}[]\\` are not allowed.
            webhook_ids (list[str] | Unset): Ids of workspace webhooks to notify when this project
                becomes ready or fails, and when any of its languages completes or fails. At most 3; each
                must be a webhook configured in your workspace.
            target_language (None | str | Unset): Optional shortcut: also create a language target in
                this BCP-47 language, queued to start once the project is ready. Must be a language the
                dubbing model supports, and a region-qualified tag must be one of the supported dialects.
            transcript (FileInput | None | Unset): Enterprise only. Optional JSON transcript to use
                instead of automatic transcription. When provided, source_language is required. Segments may
                include an optional external_id and an optional translation; if any segment includes a
                translation, target_language is required and every segment must include one (used to seed
                the target created via target_language).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_dubbing_project_v1_dubbing_project_post import (
            BodyCreateDubbingProjectV1DubbingProjectPost,
        )

        kwargs = dubbing_project_create._get_kwargs(
            body=BodyCreateDubbingProjectV1DubbingProjectPost(
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                source_url=source_url,
                reference=reference,
                source_language=source_language,
                model_id=model_id,
                keyterms=keyterms,
                webhook_ids=webhook_ids,
                target_language=target_language,
                transcript=transcript if isinstance(transcript, Unset) or transcript is None else as_file(transcript),
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_create, request_options)

    async def get(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingProjectResponse:
        """Get Dubbing Project

        Full project detail, including its language target ids.

        `GET /v1/dubbing/project/{project_id}`.

        Args:
            project_id (str): Identifier of the dubbing project to fetch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_get._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_get, request_options)

    async def delete(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Dubbing Project

        Delete a project and its language targets.

        `DELETE /v1/dubbing/project/{project_id}`.

        Args:
            project_id (str): Identifier of the dubbing project to delete.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_delete._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_delete, request_options)


class AsyncDubbingProjectResourceWithRawResponse:
    """`AsyncDubbingProjectResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingProjectResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
