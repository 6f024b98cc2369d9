"""`client.studio.projects.chapters`: the operations of group `studio_projects_chapters`, as methods of StudioProjectsChaptersResource and AsyncStudioProjectsChaptersResource."""

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
    from ..studio_projects_chapters_snapshots import (
        AsyncStudioProjectsChaptersSnapshotsResource,
        StudioProjectsChaptersSnapshotsResource,
    )
from . import (
    studio_projects_chapters_convert,
    studio_projects_chapters_create,
    studio_projects_chapters_delete,
    studio_projects_chapters_get,
    studio_projects_chapters_list,
    studio_projects_chapters_update,
)


def _parse_studio_projects_chapters_list(response: httpx.Response) -> models.GetChaptersResponse:
    from ...models.get_chapters_response import GetChaptersResponse

    response_200 = GetChaptersResponse.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_chapters_create(response: httpx.Response) -> models.AddChapterResponseModel:
    from ...models.add_chapter_response_model import AddChapterResponseModel

    response_200 = AddChapterResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_chapters_get(response: httpx.Response) -> models.ChapterWithContentResponseModel:
    from ...models.chapter_with_content_response_model import ChapterWithContentResponseModel

    response_200 = ChapterWithContentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_chapters_update(response: httpx.Response) -> models.EditChapterResponseModel:
    from ...models.edit_chapter_response_model import EditChapterResponseModel

    response_200 = EditChapterResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_chapters_delete(response: httpx.Response) -> models.DeleteChapterResponseModel:
    from ...models.delete_chapter_response_model import DeleteChapterResponseModel

    response_200 = DeleteChapterResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_chapters_convert(response: httpx.Response) -> models.ConvertChapterResponseModel:
    from ...models.convert_chapter_response_model import ConvertChapterResponseModel

    response_200 = ConvertChapterResponseModel.from_dict(loads(response.content))

    return response_200


class StudioProjectsChaptersResource:
    """The operations of group `studio_projects_chapters`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> StudioProjectsChaptersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return StudioProjectsChaptersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def snapshots(self) -> StudioProjectsChaptersSnapshotsResource:
        """`studio_projects_chapters_snapshots` operations."""
        from ..studio_projects_chapters_snapshots import StudioProjectsChaptersSnapshotsResource

        return StudioProjectsChaptersSnapshotsResource(self._requester)

    def list(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetChaptersResponse:
        """List Chapters

        Returns a list of a Studio project's chapters.

        `GET /v1/studio/projects/{project_id}/chapters`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_chapters_list._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_list, request_options)

    def create(
        self,
        project_id: str,
        name: str,
        *,
        from_url: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddChapterResponseModel:
        """Create Chapter

        Creates a new chapter either as blank or from a URL.

        `POST /v1/studio/projects/{project_id}/chapters`.

        Args:
            project_id (str): The ID of the Studio project.
            name (str): The name of the chapter, used for identification only.
            from_url (None | str | Unset): An optional URL from which we will extract content to
                initialize the Studio project. If this is set, 'from_url' and 'from_content' must be null.
                If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the
                Studio project as blank.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_create_chapter_v1_studio_projects_project_id_chapters_post import (
            BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
        )

        kwargs = studio_projects_chapters_create._get_kwargs(
            project_id=project_id,
            body=BodyCreateChapterV1StudioProjectsProjectIdChaptersPost(
                name=name,
                from_url=from_url,
            ),
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_create, request_options)

    def get(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChapterWithContentResponseModel:
        """Get Chapter

        Returns information about a specific chapter.

        `GET /v1/studio/projects/{project_id}/chapters/{chapter_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_get._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_get, request_options)

    def update(
        self,
        project_id: str,
        chapter_id: str,
        *,
        name: None | str | Unset = UNSET,
        content: models.ChapterContentInputModel | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditChapterResponseModel:
        """Update Chapter

        Updates a chapter.

        `POST /v1/studio/projects/{project_id}/chapters/{chapter_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            name (None | str | Unset): The name of the chapter, used for identification only.
            content (ChapterContentInputModel | None | Unset): The chapter content to use.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        from ...models.body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post import (
            BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost,
        )

        kwargs = studio_projects_chapters_update._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
            body=BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost(
                name=name,
                content=content,
            ),
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_update, request_options)

    def delete(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteChapterResponseModel:
        """Delete Chapter

        Deletes a chapter.

        `DELETE /v1/studio/projects/{project_id}/chapters/{chapter_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_delete._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_delete, request_options)

    def convert(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvertChapterResponseModel:
        """Convert Chapter

        Starts conversion of a specific chapter.

        `POST /v1/studio/projects/{project_id}/chapters/{chapter_id}/convert`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_convert._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_convert, request_options)


class StudioProjectsChaptersResourceWithRawResponse:
    """`StudioProjectsChaptersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: StudioProjectsChaptersResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.convert = raw_response(resource.convert)


class AsyncStudioProjectsChaptersResource:
    """The operations of group `studio_projects_chapters`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioProjectsChaptersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncStudioProjectsChaptersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def snapshots(self) -> AsyncStudioProjectsChaptersSnapshotsResource:
        """`studio_projects_chapters_snapshots` operations."""
        from ..studio_projects_chapters_snapshots import AsyncStudioProjectsChaptersSnapshotsResource

        return AsyncStudioProjectsChaptersSnapshotsResource(self._requester)

    async def list(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetChaptersResponse:
        """List Chapters

        Returns a list of a Studio project's chapters.

        `GET /v1/studio/projects/{project_id}/chapters`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_chapters_list._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_list, request_options)

    async def create(
        self,
        project_id: str,
        name: str,
        *,
        from_url: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddChapterResponseModel:
        """Create Chapter

        Creates a new chapter either as blank or from a URL.

        `POST /v1/studio/projects/{project_id}/chapters`.

        Args:
            project_id (str): The ID of the Studio project.
            name (str): The name of the chapter, used for identification only.
            from_url (None | str | Unset): An optional URL from which we will extract content to
                initialize the Studio project. If this is set, 'from_url' and 'from_content' must be null.
                If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the
                Studio project as blank.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_create_chapter_v1_studio_projects_project_id_chapters_post import (
            BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
        )

        kwargs = studio_projects_chapters_create._get_kwargs(
            project_id=project_id,
            body=BodyCreateChapterV1StudioProjectsProjectIdChaptersPost(
                name=name,
                from_url=from_url,
            ),
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_create, request_options)

    async def get(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChapterWithContentResponseModel:
        """Get Chapter

        Returns information about a specific chapter.

        `GET /v1/studio/projects/{project_id}/chapters/{chapter_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_get._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_get, request_options)

    async def update(
        self,
        project_id: str,
        chapter_id: str,
        *,
        name: None | str | Unset = UNSET,
        content: models.ChapterContentInputModel | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditChapterResponseModel:
        """Update Chapter

        Updates a chapter.

        `POST /v1/studio/projects/{project_id}/chapters/{chapter_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            name (None | str | Unset): The name of the chapter, used for identification only.
            content (ChapterContentInputModel | None | Unset): The chapter content to use.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        from ...models.body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post import (
            BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost,
        )

        kwargs = studio_projects_chapters_update._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
            body=BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost(
                name=name,
                content=content,
            ),
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_update, request_options)

    async def delete(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteChapterResponseModel:
        """Delete Chapter

        Deletes a chapter.

        `DELETE /v1/studio/projects/{project_id}/chapters/{chapter_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_delete._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_delete, request_options)

    async def convert(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvertChapterResponseModel:
        """Convert Chapter

        Starts conversion of a specific chapter.

        `POST /v1/studio/projects/{project_id}/chapters/{chapter_id}/convert`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_convert._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_convert, request_options)


class AsyncStudioProjectsChaptersResourceWithRawResponse:
    """`AsyncStudioProjectsChaptersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncStudioProjectsChaptersResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.convert = async_raw_response(resource.convert)
