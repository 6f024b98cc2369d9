"""`client.studio.projects.content`: the operations of group `studio_projects_content`, as methods of StudioProjectsContentResource and AsyncStudioProjectsContentResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
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
from . import studio_projects_content_update


def _parse_studio_projects_content_update(response: httpx.Response) -> models.EditProjectResponseModel:
    from ...models.edit_project_response_model import EditProjectResponseModel

    response_200 = EditProjectResponseModel.from_dict(loads(response.content))

    return response_200


class StudioProjectsContentResource:
    """The operations of group `studio_projects_content`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> StudioProjectsContentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return StudioProjectsContentResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def update(
        self,
        project_id: str,
        *,
        from_url: None | str | Unset = UNSET,
        from_document: FileInput | None | Unset = UNSET,
        from_content_json: str | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditProjectResponseModel:
        """Update Studio Project Content

        Updates Studio project content.

        `POST /v1/studio/projects/{project_id}/content`.

        Args:
            project_id (str): The ID of the Studio project.
            from_url (None | str | Unset): An optional URL from which we will extract content to
                initialize the Studio project. If this is set, 'from_url' and 'from_content' must be null.
                If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the
                Studio project as blank.
            from_document (FileInput | None | Unset): An optional .epub, .pdf, .txt or similar file can
                be provided. If provided, we will initialize the Studio project with its content. If this is
                set, 'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document',
                'from_content' are provided we will initialize the Studio project as blank.
            from_content_json (str | Unset): An optional content to initialize the Studio project with.
                If this is set, 'from_url' and 'from_document' must be null. If neither 'from_url',
                'from_document', 'from_content' are provided we will initialize the Studio project as blank.
                Example: [{"name": "Chapter A", "blocks": [{"sub_type": "p", "nodes": [{"voice_id":
                "6lCwbsX1yVjD49QmpkT0", "text": "A", "type": "tts_node"}, {"voice_id":
                "6lCwbsX1yVjD49QmpkT1", "text": "B", "type": "tts_node"}]}, {"sub_type": "h1", "nodes":
                [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "C", "type": "tts_node"}, {"voice_id":
                "6lCwbsX1yVjD49QmpkT1", "text": "D", "type": "tts_node"}]}]}, {"name": "Chapter B",
                "blocks": [{"sub_type": "p", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "E",
                "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "F", "type":
                "tts_node"}]}, {"sub_type": "h2", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text":
                "G", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "H", "type":
                "tts_node"}]}]}]
            auto_convert (bool | Unset): Whether to auto convert the Studio project to audio or not.
                Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_update_studio_project_content_v1_studio_projects_project_id_content_post import (
            BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost,
        )

        kwargs = studio_projects_content_update._get_kwargs(
            project_id=project_id,
            body=BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost(
                from_url=from_url,
                from_document=from_document
                if isinstance(from_document, Unset) or from_document is None
                else as_file(from_document),
                from_content_json=from_content_json,
                auto_convert=auto_convert,
            ),
        )

        return self._requester.request(kwargs, _parse_studio_projects_content_update, request_options)


class StudioProjectsContentResourceWithRawResponse:
    """`StudioProjectsContentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: StudioProjectsContentResource) -> None:
        self.update = raw_response(resource.update)


class AsyncStudioProjectsContentResource:
    """The operations of group `studio_projects_content`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioProjectsContentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncStudioProjectsContentResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def update(
        self,
        project_id: str,
        *,
        from_url: None | str | Unset = UNSET,
        from_document: FileInput | None | Unset = UNSET,
        from_content_json: str | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditProjectResponseModel:
        """Update Studio Project Content

        Updates Studio project content.

        `POST /v1/studio/projects/{project_id}/content`.

        Args:
            project_id (str): The ID of the Studio project.
            from_url (None | str | Unset): An optional URL from which we will extract content to
                initialize the Studio project. If this is set, 'from_url' and 'from_content' must be null.
                If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the
                Studio project as blank.
            from_document (FileInput | None | Unset): An optional .epub, .pdf, .txt or similar file can
                be provided. If provided, we will initialize the Studio project with its content. If this is
                set, 'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document',
                'from_content' are provided we will initialize the Studio project as blank.
            from_content_json (str | Unset): An optional content to initialize the Studio project with.
                If this is set, 'from_url' and 'from_document' must be null. If neither 'from_url',
                'from_document', 'from_content' are provided we will initialize the Studio project as blank.
                Example: [{"name": "Chapter A", "blocks": [{"sub_type": "p", "nodes": [{"voice_id":
                "6lCwbsX1yVjD49QmpkT0", "text": "A", "type": "tts_node"}, {"voice_id":
                "6lCwbsX1yVjD49QmpkT1", "text": "B", "type": "tts_node"}]}, {"sub_type": "h1", "nodes":
                [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "C", "type": "tts_node"}, {"voice_id":
                "6lCwbsX1yVjD49QmpkT1", "text": "D", "type": "tts_node"}]}]}, {"name": "Chapter B",
                "blocks": [{"sub_type": "p", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "E",
                "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "F", "type":
                "tts_node"}]}, {"sub_type": "h2", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text":
                "G", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "H", "type":
                "tts_node"}]}]}]
            auto_convert (bool | Unset): Whether to auto convert the Studio project to audio or not.
                Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_update_studio_project_content_v1_studio_projects_project_id_content_post import (
            BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost,
        )

        kwargs = studio_projects_content_update._get_kwargs(
            project_id=project_id,
            body=BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost(
                from_url=from_url,
                from_document=from_document
                if isinstance(from_document, Unset) or from_document is None
                else as_file(from_document),
                from_content_json=from_content_json,
                auto_convert=auto_convert,
            ),
        )

        return await self._requester.request(kwargs, _parse_studio_projects_content_update, request_options)


class AsyncStudioProjectsContentResourceWithRawResponse:
    """`AsyncStudioProjectsContentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncStudioProjectsContentResource) -> None:
        self.update = async_raw_response(resource.update)
