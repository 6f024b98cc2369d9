"""`client.studio.projects`: the operations of group `studio_projects`, as methods of StudioProjectsResource and AsyncStudioProjectsResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..studio_projects_chapters import AsyncStudioProjectsChaptersResource, StudioProjectsChaptersResource
    from ..studio_projects_content import AsyncStudioProjectsContentResource, StudioProjectsContentResource
    from ..studio_projects_pronunciation_dictionaries import (
        AsyncStudioProjectsPronunciationDictionariesResource,
        StudioProjectsPronunciationDictionariesResource,
    )
    from ..studio_projects_snapshots import AsyncStudioProjectsSnapshotsResource, StudioProjectsSnapshotsResource
from . import (
    studio_projects_convert,
    studio_projects_create,
    studio_projects_delete,
    studio_projects_get,
    studio_projects_get_muted_tracks,
    studio_projects_list,
    studio_projects_update,
)


def _parse_studio_projects_list(response: httpx.Response) -> models.GetProjectsResponse:
    from ...models.get_projects_response import GetProjectsResponse

    response_200 = GetProjectsResponse.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_create(response: httpx.Response) -> models.AddProjectResponseModel:
    from ...models.add_project_response_model import AddProjectResponseModel

    response_200 = AddProjectResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_get(response: httpx.Response) -> models.ProjectExtendedResponse:
    from ...models.project_extended_response import ProjectExtendedResponse

    response_200 = ProjectExtendedResponse.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_update(response: httpx.Response) -> models.EditProjectResponseModel:
    from ...models.edit_project_response_model import EditProjectResponseModel

    response_200 = EditProjectResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_delete(response: httpx.Response) -> models.DeleteProjectResponseModel:
    from ...models.delete_project_response_model import DeleteProjectResponseModel

    response_200 = DeleteProjectResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_convert(response: httpx.Response) -> models.ConvertProjectResponseModel:
    from ...models.convert_project_response_model import ConvertProjectResponseModel

    response_200 = ConvertProjectResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_studio_projects_get_muted_tracks(response: httpx.Response) -> models.ProjectMutedTracksResponseModel:
    from ...models.project_muted_tracks_response_model import ProjectMutedTracksResponseModel

    response_200 = ProjectMutedTracksResponseModel.from_dict(loads(response.content))

    return response_200


class StudioProjectsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    share_id: None | str | Unset


class StudioProjectsResource:
    """The operations of group `studio_projects`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> StudioProjectsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return StudioProjectsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def chapters(self) -> StudioProjectsChaptersResource:
        """`studio_projects_chapters` operations and groups."""
        from ..studio_projects_chapters import StudioProjectsChaptersResource

        return StudioProjectsChaptersResource(self._requester)

    @functools.cached_property
    def content(self) -> StudioProjectsContentResource:
        """`studio_projects_content` operations."""
        from ..studio_projects_content import StudioProjectsContentResource

        return StudioProjectsContentResource(self._requester)

    @functools.cached_property
    def pronunciation_dictionaries(self) -> StudioProjectsPronunciationDictionariesResource:
        """`studio_projects_pronunciation_dictionaries` operations."""
        from ..studio_projects_pronunciation_dictionaries import StudioProjectsPronunciationDictionariesResource

        return StudioProjectsPronunciationDictionariesResource(self._requester)

    @functools.cached_property
    def snapshots(self) -> StudioProjectsSnapshotsResource:
        """`studio_projects_snapshots` operations."""
        from ..studio_projects_snapshots import StudioProjectsSnapshotsResource

        return StudioProjectsSnapshotsResource(self._requester)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetProjectsResponse:
        """List Studio Projects

        Returns a list of your Studio projects with metadata.

        `GET /v1/studio/projects`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = studio_projects_list._get_kwargs()

        return self._requester.request(kwargs, _parse_studio_projects_list, request_options)

    def create(
        self,
        name: str,
        *,
        default_title_voice_id: None | str | Unset = UNSET,
        default_paragraph_voice_id: None | str | Unset = UNSET,
        default_model_id: None | str | Unset = UNSET,
        from_url: None | str | Unset = UNSET,
        from_document: FileInput | None | Unset = UNSET,
        from_content_json: str | Unset = UNSET,
        quality_preset: models.QualityPresetType | Unset = UNSET,
        title: None | str | Unset = UNSET,
        author: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        genres: builtins.list[str] | Unset = UNSET,
        target_audience: models.BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 | None | Unset = UNSET,
        language: None | str | Unset = UNSET,
        content_type: None | str | Unset = UNSET,
        original_publication_date: None | str | Unset = UNSET,
        mature_content: bool | None | Unset = UNSET,
        isbn_number: None | str | Unset = UNSET,
        acx_volume_normalization: bool | Unset = UNSET,
        volume_normalization: bool | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[str] | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
        fiction: models.BodyCreateStudioProjectV1StudioProjectsPostFictionType0 | None | Unset = UNSET,
        apply_text_normalization: models.BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        auto_assign_voices: bool | None | Unset = UNSET,
        source_type: models.BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 | None | Unset = UNSET,
        voice_settings: builtins.list[str] | Unset = UNSET,
        create_publishing_read: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddProjectResponseModel:
        """Create Studio Project

        Creates a new Studio project, it can be either initialized as blank, from a document or from a URL.

        `POST /v1/studio/projects`.

        Args:
            name (str): The name of the Studio project, used for identification only.
            default_title_voice_id (None | str | Unset): The voice_id that corresponds to the default
                voice used for new titles.
            default_paragraph_voice_id (None | str | Unset): The voice_id that corresponds to the
                default voice used for new paragraphs.
            default_model_id (None | str | Unset): The ID of the model to be used for this Studio
                project, you can query GET /v1/models to list all available models.
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
            quality_preset (QualityPresetType | Unset):  One of: high, standard, ultra, ultra_lossless.
            title (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            author (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            description (None | str | Unset): An optional description of the Studio project.
            genres (list[str] | Unset): An optional list of genres associated with the Studio project.
            target_audience (BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 | None | Unset):
                An optional target audience of the Studio project. One of: adult, all ages, children, young
                adult.
            language (None | str | Unset): An optional language of the Studio project. Two-letter
                language code (ISO 639-1).
            content_type (None | str | Unset): An optional content type of the Studio project.
            original_publication_date (None | str | Unset): An optional original publication date of the
                Studio project, in the format YYYY-MM-DD or YYYY.
            mature_content (bool | None | Unset): An optional specification of whether this Studio
                project contains mature content. Defaults to False on the server.
            isbn_number (None | str | Unset): An optional ISBN number of the Studio project you want to
                create, this will be added as metadata to the mp3 file on Studio project or chapter
                download.
            acx_volume_normalization (bool | Unset): [Deprecated] When the Studio project is downloaded,
                should the returned audio have postprocessing in order to make it compliant with audiobook
                normalized volume requirements Defaults to False on the server.
            volume_normalization (bool | Unset): When the Studio project is downloaded, should the
                returned audio have postprocessing in order to make it compliant with audiobook normalized
                volume requirements Defaults to False on the server.
            pronunciation_dictionary_locators (list[str] | Unset): A list of pronunciation dictionary
                locators (pronunciation_dictionary_id, version_id) encoded as a list of JSON strings for
                pronunciation dictionaries to be applied to the text. A list of json encoded strings is
                required as adding projects may occur through formData as opposed to jsonBody. To specify
                multiple dictionaries use multiple --form lines in your curl, such as --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
                d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
                WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
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
            fiction (BodyCreateStudioProjectV1StudioProjectsPostFictionType0 | None | Unset): An
                optional specification of whether the content of this Studio project is fiction. One of:
                fiction, non-fiction.
            apply_text_normalization (BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 | None | Unset):
                This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english'
                and 'off'. When set to 'auto', the system will automatically decide whether to apply text
                normalization (e.g., spelling out numbers). With 'on', text normalization will always be
                applied, while with 'off', it will be skipped. 'apply_english' is the same as 'on' but will
                assume that text is in English. One of: apply_english, auto, off, on.
            auto_convert (bool | Unset): Whether to auto convert the Studio project to audio or not.
                Defaults to False on the server.
            auto_assign_voices (bool | None | Unset): [Alpha Feature] Whether automatically assign
                voices to phrases in the create Project. Defaults to False on the server.
            source_type (BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 | None | Unset): The
                type of Studio project to create. One of: article, blank, book, genfm, screenplay, video.
            voice_settings (list[str] | Unset): Optional voice settings overrides for the project,
                encoded as a list of JSON strings. Example: ["{\\"voice_id\\": \\"21m00Tcm4TlvDq8ikWAM\\",
                \\"stability\\": 0.7, \\"similarity_boost\\": 0.8, \\"style\\": 0.5, \\"speed\\": 1.0,
                \\"use_speaker_boost\\": true}"]
            create_publishing_read (bool | None | Unset): If true, creates a corresponding read for
                direct publishing in draft state Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_studio_project_v1_studio_projects_post import (
            BodyCreateStudioProjectV1StudioProjectsPost,
        )

        kwargs = studio_projects_create._get_kwargs(
            body=BodyCreateStudioProjectV1StudioProjectsPost(
                name=name,
                default_title_voice_id=default_title_voice_id,
                default_paragraph_voice_id=default_paragraph_voice_id,
                default_model_id=default_model_id,
                from_url=from_url,
                from_document=from_document
                if isinstance(from_document, Unset) or from_document is None
                else as_file(from_document),
                from_content_json=from_content_json,
                quality_preset=quality_preset,
                title=title,
                author=author,
                description=description,
                genres=genres,
                target_audience=target_audience,
                language=language,
                content_type=content_type,
                original_publication_date=original_publication_date,
                mature_content=mature_content,
                isbn_number=isbn_number,
                acx_volume_normalization=acx_volume_normalization,
                volume_normalization=volume_normalization,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                callback_url=callback_url,
                fiction=fiction,
                apply_text_normalization=apply_text_normalization,
                auto_convert=auto_convert,
                auto_assign_voices=auto_assign_voices,
                source_type=source_type,
                voice_settings=voice_settings,
                create_publishing_read=create_publishing_read,
            ),
        )

        return self._requester.request(kwargs, _parse_studio_projects_create, request_options)

    def get(
        self,
        project_id: str,
        *,
        share_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectExtendedResponse:
        """Get Studio Project

        Returns information about a specific Studio project. This endpoint returns more detailed information
        about a project than `GET /v1/studio`.

        `GET /v1/studio/projects/{project_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            share_id (None | str | Unset): The share ID of the project
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_get._get_kwargs(
            project_id=project_id,
            share_id=share_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_get, request_options)

    def update(
        self,
        project_id: str,
        name: str,
        default_title_voice_id: str,
        default_paragraph_voice_id: str,
        *,
        title: None | str | Unset = UNSET,
        author: None | str | Unset = UNSET,
        isbn_number: None | str | Unset = UNSET,
        volume_normalization: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditProjectResponseModel:
        """Update Studio Project

        Updates the specified Studio project by setting the values of the parameters passed.

        `POST /v1/studio/projects/{project_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            name (str): The name of the Studio project, used for identification only.
            default_title_voice_id (str): The voice_id that corresponds to the default voice used for
                new titles.
            default_paragraph_voice_id (str): The voice_id that corresponds to the default voice used
                for new paragraphs.
            title (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            author (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            isbn_number (None | str | Unset): An optional ISBN number of the Studio project you want to
                create, this will be added as metadata to the mp3 file on Studio project or chapter
                download.
            volume_normalization (bool | Unset): When the Studio project is downloaded, should the
                returned audio have postprocessing in order to make it compliant with audiobook normalized
                volume requirements Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_update_studio_project_v1_studio_projects_project_id_post import (
            BodyUpdateStudioProjectV1StudioProjectsProjectIdPost,
        )

        kwargs = studio_projects_update._get_kwargs(
            project_id=project_id,
            body=BodyUpdateStudioProjectV1StudioProjectsProjectIdPost(
                name=name,
                default_title_voice_id=default_title_voice_id,
                default_paragraph_voice_id=default_paragraph_voice_id,
                title=title,
                author=author,
                isbn_number=isbn_number,
                volume_normalization=volume_normalization,
            ),
        )

        return self._requester.request(kwargs, _parse_studio_projects_update, request_options)

    def delete(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteProjectResponseModel:
        """Delete Studio Project

        Deletes a Studio project.

        `DELETE /v1/studio/projects/{project_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_delete._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_delete, request_options)

    def convert(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvertProjectResponseModel:
        """Convert Studio Project

        Starts conversion of a Studio project and all of its chapters.

        `POST /v1/studio/projects/{project_id}/convert`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_convert._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_convert, request_options)

    def get_muted_tracks(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectMutedTracksResponseModel:
        """Get Project Muted Tracks

        Returns a list of chapter IDs that have muted tracks in a project.

        `GET /v1/studio/projects/{project_id}/muted-tracks`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_get_muted_tracks._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_studio_projects_get_muted_tracks, request_options)


class StudioProjectsResourceWithRawResponse:
    """`StudioProjectsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: StudioProjectsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.convert = raw_response(resource.convert)
        self.get_muted_tracks = raw_response(resource.get_muted_tracks)


class AsyncStudioProjectsResource:
    """The operations of group `studio_projects`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioProjectsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncStudioProjectsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def chapters(self) -> AsyncStudioProjectsChaptersResource:
        """`studio_projects_chapters` operations and groups."""
        from ..studio_projects_chapters import AsyncStudioProjectsChaptersResource

        return AsyncStudioProjectsChaptersResource(self._requester)

    @functools.cached_property
    def content(self) -> AsyncStudioProjectsContentResource:
        """`studio_projects_content` operations."""
        from ..studio_projects_content import AsyncStudioProjectsContentResource

        return AsyncStudioProjectsContentResource(self._requester)

    @functools.cached_property
    def pronunciation_dictionaries(self) -> AsyncStudioProjectsPronunciationDictionariesResource:
        """`studio_projects_pronunciation_dictionaries` operations."""
        from ..studio_projects_pronunciation_dictionaries import AsyncStudioProjectsPronunciationDictionariesResource

        return AsyncStudioProjectsPronunciationDictionariesResource(self._requester)

    @functools.cached_property
    def snapshots(self) -> AsyncStudioProjectsSnapshotsResource:
        """`studio_projects_snapshots` operations."""
        from ..studio_projects_snapshots import AsyncStudioProjectsSnapshotsResource

        return AsyncStudioProjectsSnapshotsResource(self._requester)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetProjectsResponse:
        """List Studio Projects

        Returns a list of your Studio projects with metadata.

        `GET /v1/studio/projects`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = studio_projects_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_studio_projects_list, request_options)

    async def create(
        self,
        name: str,
        *,
        default_title_voice_id: None | str | Unset = UNSET,
        default_paragraph_voice_id: None | str | Unset = UNSET,
        default_model_id: None | str | Unset = UNSET,
        from_url: None | str | Unset = UNSET,
        from_document: FileInput | None | Unset = UNSET,
        from_content_json: str | Unset = UNSET,
        quality_preset: models.QualityPresetType | Unset = UNSET,
        title: None | str | Unset = UNSET,
        author: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        genres: builtins.list[str] | Unset = UNSET,
        target_audience: models.BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 | None | Unset = UNSET,
        language: None | str | Unset = UNSET,
        content_type: None | str | Unset = UNSET,
        original_publication_date: None | str | Unset = UNSET,
        mature_content: bool | None | Unset = UNSET,
        isbn_number: None | str | Unset = UNSET,
        acx_volume_normalization: bool | Unset = UNSET,
        volume_normalization: bool | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[str] | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
        fiction: models.BodyCreateStudioProjectV1StudioProjectsPostFictionType0 | None | Unset = UNSET,
        apply_text_normalization: models.BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0
        | None
        | Unset = UNSET,
        auto_convert: bool | Unset = UNSET,
        auto_assign_voices: bool | None | Unset = UNSET,
        source_type: models.BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 | None | Unset = UNSET,
        voice_settings: builtins.list[str] | Unset = UNSET,
        create_publishing_read: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddProjectResponseModel:
        """Create Studio Project

        Creates a new Studio project, it can be either initialized as blank, from a document or from a URL.

        `POST /v1/studio/projects`.

        Args:
            name (str): The name of the Studio project, used for identification only.
            default_title_voice_id (None | str | Unset): The voice_id that corresponds to the default
                voice used for new titles.
            default_paragraph_voice_id (None | str | Unset): The voice_id that corresponds to the
                default voice used for new paragraphs.
            default_model_id (None | str | Unset): The ID of the model to be used for this Studio
                project, you can query GET /v1/models to list all available models.
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
            quality_preset (QualityPresetType | Unset):  One of: high, standard, ultra, ultra_lossless.
            title (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            author (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            description (None | str | Unset): An optional description of the Studio project.
            genres (list[str] | Unset): An optional list of genres associated with the Studio project.
            target_audience (BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 | None | Unset):
                An optional target audience of the Studio project. One of: adult, all ages, children, young
                adult.
            language (None | str | Unset): An optional language of the Studio project. Two-letter
                language code (ISO 639-1).
            content_type (None | str | Unset): An optional content type of the Studio project.
            original_publication_date (None | str | Unset): An optional original publication date of the
                Studio project, in the format YYYY-MM-DD or YYYY.
            mature_content (bool | None | Unset): An optional specification of whether this Studio
                project contains mature content. Defaults to False on the server.
            isbn_number (None | str | Unset): An optional ISBN number of the Studio project you want to
                create, this will be added as metadata to the mp3 file on Studio project or chapter
                download.
            acx_volume_normalization (bool | Unset): [Deprecated] When the Studio project is downloaded,
                should the returned audio have postprocessing in order to make it compliant with audiobook
                normalized volume requirements Defaults to False on the server.
            volume_normalization (bool | Unset): When the Studio project is downloaded, should the
                returned audio have postprocessing in order to make it compliant with audiobook normalized
                volume requirements Defaults to False on the server.
            pronunciation_dictionary_locators (list[str] | Unset): A list of pronunciation dictionary
                locators (pronunciation_dictionary_id, version_id) encoded as a list of JSON strings for
                pronunciation dictionaries to be applied to the text. A list of json encoded strings is
                required as adding projects may occur through formData as opposed to jsonBody. To specify
                multiple dictionaries use multiple --form lines in your curl, such as --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
                d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
                WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
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
            fiction (BodyCreateStudioProjectV1StudioProjectsPostFictionType0 | None | Unset): An
                optional specification of whether the content of this Studio project is fiction. One of:
                fiction, non-fiction.
            apply_text_normalization (BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 | None | Unset):
                This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english'
                and 'off'. When set to 'auto', the system will automatically decide whether to apply text
                normalization (e.g., spelling out numbers). With 'on', text normalization will always be
                applied, while with 'off', it will be skipped. 'apply_english' is the same as 'on' but will
                assume that text is in English. One of: apply_english, auto, off, on.
            auto_convert (bool | Unset): Whether to auto convert the Studio project to audio or not.
                Defaults to False on the server.
            auto_assign_voices (bool | None | Unset): [Alpha Feature] Whether automatically assign
                voices to phrases in the create Project. Defaults to False on the server.
            source_type (BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 | None | Unset): The
                type of Studio project to create. One of: article, blank, book, genfm, screenplay, video.
            voice_settings (list[str] | Unset): Optional voice settings overrides for the project,
                encoded as a list of JSON strings. Example: ["{\\"voice_id\\": \\"21m00Tcm4TlvDq8ikWAM\\",
                \\"stability\\": 0.7, \\"similarity_boost\\": 0.8, \\"style\\": 0.5, \\"speed\\": 1.0,
                \\"use_speaker_boost\\": true}"]
            create_publishing_read (bool | None | Unset): If true, creates a corresponding read for
                direct publishing in draft state Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_studio_project_v1_studio_projects_post import (
            BodyCreateStudioProjectV1StudioProjectsPost,
        )

        kwargs = studio_projects_create._get_kwargs(
            body=BodyCreateStudioProjectV1StudioProjectsPost(
                name=name,
                default_title_voice_id=default_title_voice_id,
                default_paragraph_voice_id=default_paragraph_voice_id,
                default_model_id=default_model_id,
                from_url=from_url,
                from_document=from_document
                if isinstance(from_document, Unset) or from_document is None
                else as_file(from_document),
                from_content_json=from_content_json,
                quality_preset=quality_preset,
                title=title,
                author=author,
                description=description,
                genres=genres,
                target_audience=target_audience,
                language=language,
                content_type=content_type,
                original_publication_date=original_publication_date,
                mature_content=mature_content,
                isbn_number=isbn_number,
                acx_volume_normalization=acx_volume_normalization,
                volume_normalization=volume_normalization,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                callback_url=callback_url,
                fiction=fiction,
                apply_text_normalization=apply_text_normalization,
                auto_convert=auto_convert,
                auto_assign_voices=auto_assign_voices,
                source_type=source_type,
                voice_settings=voice_settings,
                create_publishing_read=create_publishing_read,
            ),
        )

        return await self._requester.request(kwargs, _parse_studio_projects_create, request_options)

    async def get(
        self,
        project_id: str,
        *,
        share_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectExtendedResponse:
        """Get Studio Project

        Returns information about a specific Studio project. This endpoint returns more detailed information
        about a project than `GET /v1/studio`.

        `GET /v1/studio/projects/{project_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            share_id (None | str | Unset): The share ID of the project
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_get._get_kwargs(
            project_id=project_id,
            share_id=share_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_get, request_options)

    async def update(
        self,
        project_id: str,
        name: str,
        default_title_voice_id: str,
        default_paragraph_voice_id: str,
        *,
        title: None | str | Unset = UNSET,
        author: None | str | Unset = UNSET,
        isbn_number: None | str | Unset = UNSET,
        volume_normalization: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditProjectResponseModel:
        """Update Studio Project

        Updates the specified Studio project by setting the values of the parameters passed.

        `POST /v1/studio/projects/{project_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            name (str): The name of the Studio project, used for identification only.
            default_title_voice_id (str): The voice_id that corresponds to the default voice used for
                new titles.
            default_paragraph_voice_id (str): The voice_id that corresponds to the default voice used
                for new paragraphs.
            title (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            author (None | str | Unset): An optional name of the author of the Studio project, this will
                be added as metadata to the mp3 file on Studio project or chapter download.
            isbn_number (None | str | Unset): An optional ISBN number of the Studio project you want to
                create, this will be added as metadata to the mp3 file on Studio project or chapter
                download.
            volume_normalization (bool | Unset): When the Studio project is downloaded, should the
                returned audio have postprocessing in order to make it compliant with audiobook normalized
                volume requirements Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_update_studio_project_v1_studio_projects_project_id_post import (
            BodyUpdateStudioProjectV1StudioProjectsProjectIdPost,
        )

        kwargs = studio_projects_update._get_kwargs(
            project_id=project_id,
            body=BodyUpdateStudioProjectV1StudioProjectsProjectIdPost(
                name=name,
                default_title_voice_id=default_title_voice_id,
                default_paragraph_voice_id=default_paragraph_voice_id,
                title=title,
                author=author,
                isbn_number=isbn_number,
                volume_normalization=volume_normalization,
            ),
        )

        return await self._requester.request(kwargs, _parse_studio_projects_update, request_options)

    async def delete(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteProjectResponseModel:
        """Delete Studio Project

        Deletes a Studio project.

        `DELETE /v1/studio/projects/{project_id}`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_delete._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_delete, request_options)

    async def convert(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvertProjectResponseModel:
        """Convert Studio Project

        Starts conversion of a Studio project and all of its chapters.

        `POST /v1/studio/projects/{project_id}/convert`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_convert._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_convert, request_options)

    async def get_muted_tracks(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProjectMutedTracksResponseModel:
        """Get Project Muted Tracks

        Returns a list of chapter IDs that have muted tracks in a project.

        `GET /v1/studio/projects/{project_id}/muted-tracks`.

        Args:
            project_id (str): The ID of the Studio project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = studio_projects_get_muted_tracks._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_studio_projects_get_muted_tracks, request_options)


class AsyncStudioProjectsResourceWithRawResponse:
    """`AsyncStudioProjectsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncStudioProjectsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.convert = async_raw_response(resource.convert)
        self.get_muted_tracks = async_raw_response(resource.get_muted_tracks)
