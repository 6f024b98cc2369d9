"""`client.studio.projects.chapters.snapshots`: the operations of group `studio_projects_chapters_snapshots`, as methods of StudioProjectsChaptersSnapshotsResource and AsyncStudioProjectsChaptersSnapshotsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncBinaryStream,
    AsyncRequester,
    BinaryStream,
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
from . import (
    studio_projects_chapters_snapshots_get,
    studio_projects_chapters_snapshots_list,
    studio_projects_chapters_snapshots_stream,
)


def _parse_studio_projects_chapters_snapshots_list(response: httpx.Response) -> models.ChapterSnapshotsResponse:
    from ...models.chapter_snapshots_response import ChapterSnapshotsResponse

    response_200 = ChapterSnapshotsResponse.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_chapters_snapshots_get(
    response: httpx.Response,
) -> models.ChapterSnapshotExtendedResponseModel:
    from ...models.chapter_snapshot_extended_response_model import ChapterSnapshotExtendedResponseModel

    response_200 = ChapterSnapshotExtendedResponseModel.from_dict(loads(response.content))

    return response_200


class StudioProjectsChaptersSnapshotsResource:
    """The operations of group `studio_projects_chapters_snapshots`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> StudioProjectsChaptersSnapshotsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return StudioProjectsChaptersSnapshotsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChapterSnapshotsResponse:
        """List Chapter Snapshots

        Gets information about all the snapshots of a chapter. Each snapshot can be downloaded as audio.
        Whenever a chapter is converted a snapshot will automatically be created.

        `GET /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_snapshots_list._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_snapshots_list, request_options)

    def get(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChapterSnapshotExtendedResponseModel:
        """Get Chapter Snapshot

        Returns the chapter snapshot.

        `GET /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots/{chapter_snapshot_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            chapter_snapshot_id (str): The ID of the chapter snapshot.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        check_path_parameter("chapter_snapshot_id", chapter_snapshot_id)
        kwargs = studio_projects_chapters_snapshots_get._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
            chapter_snapshot_id=chapter_snapshot_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_chapters_snapshots_get, request_options)

    def stream(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        *,
        convert_to_mpeg: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Stream Chapter Audio

        Stream the audio from a chapter snapshot. Use `GET
        /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots` to return the snapshots of a
        chapter.

        `POST /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots/{chapter_snapshot_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            chapter_snapshot_id (str): The ID of the chapter snapshot.
            convert_to_mpeg (bool | Unset): Whether to convert the audio to mpeg format. Defaults to
                False on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        check_path_parameter("chapter_snapshot_id", chapter_snapshot_id)
        from ...models.body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post import (
            BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost,
        )

        kwargs = studio_projects_chapters_snapshots_stream._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
            chapter_snapshot_id=chapter_snapshot_id,
            body=BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost(
                convert_to_mpeg=convert_to_mpeg,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class StudioProjectsChaptersSnapshotsResourceWithRawResponse:
    """`StudioProjectsChaptersSnapshotsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: StudioProjectsChaptersSnapshotsResource) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.stream = raw_response(resource.stream)


class AsyncStudioProjectsChaptersSnapshotsResource:
    """The operations of group `studio_projects_chapters_snapshots`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioProjectsChaptersSnapshotsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncStudioProjectsChaptersSnapshotsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        project_id: str,
        chapter_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChapterSnapshotsResponse:
        """List Chapter Snapshots

        Gets information about all the snapshots of a chapter. Each snapshot can be downloaded as audio.
        Whenever a chapter is converted a snapshot will automatically be created.

        `GET /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        kwargs = studio_projects_chapters_snapshots_list._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_snapshots_list, request_options)

    async def get(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ChapterSnapshotExtendedResponseModel:
        """Get Chapter Snapshot

        Returns the chapter snapshot.

        `GET /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots/{chapter_snapshot_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            chapter_snapshot_id (str): The ID of the chapter snapshot.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        check_path_parameter("chapter_snapshot_id", chapter_snapshot_id)
        kwargs = studio_projects_chapters_snapshots_get._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
            chapter_snapshot_id=chapter_snapshot_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_chapters_snapshots_get, request_options)

    def stream(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        *,
        convert_to_mpeg: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Stream Chapter Audio

        Stream the audio from a chapter snapshot. Use `GET
        /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots` to return the snapshots of a
        chapter.

        `POST /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots/{chapter_snapshot_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            project_id (str): The ID of the Studio project.
            chapter_id (str): The ID of the chapter.
            chapter_snapshot_id (str): The ID of the chapter snapshot.
            convert_to_mpeg (bool | Unset): Whether to convert the audio to mpeg format. Defaults to
                False on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("chapter_id", chapter_id)
        check_path_parameter("chapter_snapshot_id", chapter_snapshot_id)
        from ...models.body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post import (
            BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost,
        )

        kwargs = studio_projects_chapters_snapshots_stream._get_kwargs(
            project_id=project_id,
            chapter_id=chapter_id,
            chapter_snapshot_id=chapter_snapshot_id,
            body=BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost(
                convert_to_mpeg=convert_to_mpeg,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncStudioProjectsChaptersSnapshotsResourceWithRawResponse:
    """`AsyncStudioProjectsChaptersSnapshotsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncStudioProjectsChaptersSnapshotsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.stream = async_raw_response(resource.stream)
