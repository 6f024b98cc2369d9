"""`client.dubbing.project.language`: the operations of group `dubbing_project_language`, as methods of DubbingProjectLanguageResource and AsyncDubbingProjectLanguageResource."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
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
    from ..dubbing_project_language_transcript import (
        AsyncDubbingProjectLanguageTranscriptResource,
        DubbingProjectLanguageTranscriptResource,
    )
from . import (
    dubbing_project_language_create,
    dubbing_project_language_delete,
    dubbing_project_language_get,
    dubbing_project_language_list,
)


def _parse_dubbing_project_language_list(response: httpx.Response) -> models.DubbingLanguageListResponse:
    from ...models.dubbing_language_list_response import DubbingLanguageListResponse

    response_200 = DubbingLanguageListResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_language_create(response: httpx.Response) -> models.DubbingLanguageResponse:
    from ...models.dubbing_language_response import DubbingLanguageResponse

    response_201 = DubbingLanguageResponse.from_dict(loads(response.content))

    return response_201


def _parse_dubbing_project_language_get(response: httpx.Response) -> models.DubbingLanguageResponse:
    from ...models.dubbing_language_response import DubbingLanguageResponse

    response_200 = DubbingLanguageResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_language_delete(response: httpx.Response) -> None:
    return None


_PAGING_DUBBING_PROJECT_LANGUAGE_LIST = Paging(
    items="languages",
    kind="cursor",
    next="next_cursor",
    parameter="cursor",
)


class DubbingProjectLanguageListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    status: None | str | Unset


class DubbingProjectLanguageResource:
    """The operations of group `dubbing_project_language`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingProjectLanguageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingProjectLanguageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def transcript(self) -> DubbingProjectLanguageTranscriptResource:
        """`dubbing_project_language_transcript` operations."""
        from ..dubbing_project_language_transcript import DubbingProjectLanguageTranscriptResource

        return DubbingProjectLanguageTranscriptResource(self._requester)

    def list(
        self,
        project_id: str,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingLanguageListResponse:
        """List Dubbing Language Targets

        List a project's language targets (cursor-paginated).

        `GET /v1/dubbing/project/{project_id}/language`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
            page_size (int | Unset): Number of language targets per page (max 100). Defaults to 20 on
                the server.
            status (None | str | Unset): Filter to targets in this status (queued, processing,
                completed, stale, failed).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_language_list._get_kwargs(
            project_id=project_id,
            cursor=cursor,
            page_size=page_size,
            status=status,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_language_list, request_options)

    def iter_pages(
        self,
        project_id: str,
        **query: Unpack[DubbingProjectLanguageListQuery],
    ) -> Iterator[models.DubbingLanguageListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(
            functools.partial(self.list, project_id), query, _PAGING_DUBBING_PROJECT_LANGUAGE_LIST
        )

    def iter_all(
        self,
        project_id: str,
        **query: Unpack[DubbingProjectLanguageListQuery],
    ) -> Iterator[models.DubbingLanguageResponse]:
        """Every item (`languages`) of every page of `list` with these parameters."""
        for page in self.iter_pages(project_id, **query):
            yield from page.languages

    def create(
        self,
        project_id: str,
        target_language: str,
        *,
        voice_settings: None | Unset | models.VoiceSettingsModel = UNSET,
        translations: models.BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingLanguageResponse:
        """Create Dubbing Language Target

        Queue a language target for a project (starts once the project is ready).

        `POST /v1/dubbing/project/{project_id}/language`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            target_language (str): BCP-47 language tag to dub the project into (e.g. 'fr', 'es-MX');
                must be a language the dubbing model supports. A region-qualified tag must be one of the
                supported dialects.
            voice_settings (None | Unset | VoiceSettingsModel): Voice settings applied to the whole
                language (e.g. cloning strength).
            translations (BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0 | None | Unset):
                Enterprise only. Optional translations to use instead of machine translation. A map from
                each source segment's external_id (or its id, if you supplied none) to the translated text;
                every source segment must be covered exactly once. At most 20000 entries, totalling at most
                4 MiB of text.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post import (
            BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost,
        )

        kwargs = dubbing_project_language_create._get_kwargs(
            project_id=project_id,
            body=BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost(
                target_language=target_language,
                voice_settings=voice_settings,
                translations=translations,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_project_language_create, request_options)

    def get(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingLanguageResponse:
        """Get Dubbing Language Target

        Full language-target detail.

        `GET /v1/dubbing/project/{project_id}/language/{language_id}`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            language_id (str): Identifier of the language target to fetch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_get._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_language_get, request_options)

    def delete(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Dubbing Language Target

        Delete a language target.

        `DELETE /v1/dubbing/project/{project_id}/language/{language_id}`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            language_id (str): Identifier of the language target to delete.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_delete._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_language_delete, request_options)


class DubbingProjectLanguageResourceWithRawResponse:
    """`DubbingProjectLanguageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingProjectLanguageResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncDubbingProjectLanguageResource:
    """The operations of group `dubbing_project_language`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingProjectLanguageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingProjectLanguageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def transcript(self) -> AsyncDubbingProjectLanguageTranscriptResource:
        """`dubbing_project_language_transcript` operations."""
        from ..dubbing_project_language_transcript import AsyncDubbingProjectLanguageTranscriptResource

        return AsyncDubbingProjectLanguageTranscriptResource(self._requester)

    async def list(
        self,
        project_id: str,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingLanguageListResponse:
        """List Dubbing Language Targets

        List a project's language targets (cursor-paginated).

        `GET /v1/dubbing/project/{project_id}/language`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            cursor (None | str | Unset): Pagination cursor from a previous response's next_cursor.
            page_size (int | Unset): Number of language targets per page (max 100). Defaults to 20 on
                the server.
            status (None | str | Unset): Filter to targets in this status (queued, processing,
                completed, stale, failed).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_language_list._get_kwargs(
            project_id=project_id,
            cursor=cursor,
            page_size=page_size,
            status=status,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_language_list, request_options)

    def iter_pages(
        self,
        project_id: str,
        **query: Unpack[DubbingProjectLanguageListQuery],
    ) -> AsyncIterator[models.DubbingLanguageListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(
            functools.partial(self.list, project_id), query, _PAGING_DUBBING_PROJECT_LANGUAGE_LIST
        )

    async def iter_all(
        self,
        project_id: str,
        **query: Unpack[DubbingProjectLanguageListQuery],
    ) -> AsyncIterator[models.DubbingLanguageResponse]:
        """Every item (`languages`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(project_id, **query):
            for item in page.languages:
                yield item

    async def create(
        self,
        project_id: str,
        target_language: str,
        *,
        voice_settings: None | Unset | models.VoiceSettingsModel = UNSET,
        translations: models.BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingLanguageResponse:
        """Create Dubbing Language Target

        Queue a language target for a project (starts once the project is ready).

        `POST /v1/dubbing/project/{project_id}/language`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            target_language (str): BCP-47 language tag to dub the project into (e.g. 'fr', 'es-MX');
                must be a language the dubbing model supports. A region-qualified tag must be one of the
                supported dialects.
            voice_settings (None | Unset | VoiceSettingsModel): Voice settings applied to the whole
                language (e.g. cloning strength).
            translations (BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0 | None | Unset):
                Enterprise only. Optional translations to use instead of machine translation. A map from
                each source segment's external_id (or its id, if you supplied none) to the translated text;
                every source segment must be covered exactly once. At most 20000 entries, totalling at most
                4 MiB of text.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post import (
            BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost,
        )

        kwargs = dubbing_project_language_create._get_kwargs(
            project_id=project_id,
            body=BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost(
                target_language=target_language,
                voice_settings=voice_settings,
                translations=translations,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_language_create, request_options)

    async def get(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingLanguageResponse:
        """Get Dubbing Language Target

        Full language-target detail.

        `GET /v1/dubbing/project/{project_id}/language/{language_id}`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            language_id (str): Identifier of the language target to fetch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_get._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_language_get, request_options)

    async def delete(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Dubbing Language Target

        Delete a language target.

        `DELETE /v1/dubbing/project/{project_id}/language/{language_id}`.

        Args:
            project_id (str): Identifier of the parent dubbing project.
            language_id (str): Identifier of the language target to delete.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_delete._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_language_delete, request_options)


class AsyncDubbingProjectLanguageResourceWithRawResponse:
    """`AsyncDubbingProjectLanguageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingProjectLanguageResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
