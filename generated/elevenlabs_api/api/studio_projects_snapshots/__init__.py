"""`client.studio.projects.snapshots`: the operations of group `studio_projects_snapshots`, as methods of StudioProjectsSnapshotsResource and AsyncStudioProjectsSnapshotsResource."""

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
    studio_projects_snapshots_get,
    studio_projects_snapshots_list,
    studio_projects_snapshots_stream,
    studio_projects_snapshots_stream_archive,
)


def _parse_studio_projects_snapshots_list(response: httpx.Response) -> models.ProjectSnapshotsResponse:
    from ...models.project_snapshots_response import ProjectSnapshotsResponse

    response_200 = ProjectSnapshotsResponse.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_snapshots_get(response: httpx.Response) -> models.ProjectSnapshotExtendedResponseModel:
    from ...models.project_snapshot_extended_response_model import ProjectSnapshotExtendedResponseModel

    response_200 = ProjectSnapshotExtendedResponseModel.from_dict(loads(response.content))

    return response_200


class StudioProjectsSnapshotsResource:
    """The operations of group `studio_projects_snapshots`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> StudioProjectsSnapshotsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return StudioProjectsSnapshotsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectSnapshotsResponse:
        """List Studio Project Snapshots

        Retrieves a list of snapshots for a Studio project.

        `GET /v1/studio/projects/{project_id}/snapshots`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_snapshots_list._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_snapshots_list, request_options)

    def get(
        self,
        project_id: str,
        project_snapshot_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectSnapshotExtendedResponseModel:
        """Get Project Snapshot

        Returns the project snapshot.

        `GET /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            project_snapshot_id (str): The ID of the Studio project snapshot.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("project_snapshot_id", project_snapshot_id)
        kwargs = studio_projects_snapshots_get._get_kwargs(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_snapshots_get, request_options)

    def stream_archive(
        self,
        project_id: str,
        project_snapshot_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Stream Archive With Studio Project Audio

        Returns a compressed archive of the Studio project's audio.

        `POST /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}/archive`; the body (application/x-zip) streams: iterate over it, or `.save(path)`.

        Args:
            project_id (str): The ID of the Studio project.
            project_snapshot_id (str): The ID of the Studio project snapshot.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("project_snapshot_id", project_snapshot_id)
        kwargs = studio_projects_snapshots_stream_archive._get_kwargs(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        project_id: str,
        project_snapshot_id: str,
        *,
        convert_to_mpeg: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Stream Studio Project Audio

        Stream the audio from a Studio project snapshot.

        `POST /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}/stream`; the body (bytes) streams: iterate over it, or `.save(path)`.

        Args:
            project_id (str): The ID of the Studio project.
            project_snapshot_id (str): The ID of the Studio project snapshot.
            convert_to_mpeg (bool | Unset): Whether to convert the audio to mpeg format. Defaults to
                False on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("project_snapshot_id", project_snapshot_id)
        from ...models.body_stream_studio_project_audio_v1_studio_projects_project_id_snapshots_project_snapshot_id_stream_post import (
            BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost,
        )

        kwargs = studio_projects_snapshots_stream._get_kwargs(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
            body=BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost(
                convert_to_mpeg=convert_to_mpeg,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class StudioProjectsSnapshotsResourceWithRawResponse:
    """`StudioProjectsSnapshotsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: StudioProjectsSnapshotsResource) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.stream_archive = raw_response(resource.stream_archive)
        self.stream = raw_response(resource.stream)


class AsyncStudioProjectsSnapshotsResource:
    """The operations of group `studio_projects_snapshots`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioProjectsSnapshotsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncStudioProjectsSnapshotsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectSnapshotsResponse:
        """List Studio Project Snapshots

        Retrieves a list of snapshots for a Studio project.

        `GET /v1/studio/projects/{project_id}/snapshots`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_snapshots_list._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_snapshots_list, request_options)

    async def get(
        self,
        project_id: str,
        project_snapshot_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectSnapshotExtendedResponseModel:
        """Get Project Snapshot

        Returns the project snapshot.

        `GET /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            project_snapshot_id (str): The ID of the Studio project snapshot.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("project_snapshot_id", project_snapshot_id)
        kwargs = studio_projects_snapshots_get._get_kwargs(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_snapshots_get, request_options)

    def stream_archive(
        self,
        project_id: str,
        project_snapshot_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Stream Archive With Studio Project Audio

        Returns a compressed archive of the Studio project's audio.

        `POST /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}/archive`; the body (application/x-zip) streams: iterate over it, or `.save(path)`.

        Args:
            project_id (str): The ID of the Studio project.
            project_snapshot_id (str): The ID of the Studio project snapshot.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("project_snapshot_id", project_snapshot_id)
        kwargs = studio_projects_snapshots_stream_archive._get_kwargs(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        project_id: str,
        project_snapshot_id: str,
        *,
        convert_to_mpeg: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Stream Studio Project Audio

        Stream the audio from a Studio project snapshot.

        `POST /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}/stream`; the body (bytes) streams: iterate over it, or `.save(path)`.

        Args:
            project_id (str): The ID of the Studio project.
            project_snapshot_id (str): The ID of the Studio project snapshot.
            convert_to_mpeg (bool | Unset): Whether to convert the audio to mpeg format. Defaults to
                False on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("project_snapshot_id", project_snapshot_id)
        from ...models.body_stream_studio_project_audio_v1_studio_projects_project_id_snapshots_project_snapshot_id_stream_post import (
            BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost,
        )

        kwargs = studio_projects_snapshots_stream._get_kwargs(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
            body=BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost(
                convert_to_mpeg=convert_to_mpeg,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncStudioProjectsSnapshotsResourceWithRawResponse:
    """`AsyncStudioProjectsSnapshotsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncStudioProjectsSnapshotsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.stream_archive = async_raw_response(resource.stream_archive)
        self.stream = async_raw_response(resource.stream)
