"""`client.conversational_ai.tests.folders`: the operations of group `conversational_ai_tests_folders`, as methods of ConversationalAiTestsFoldersResource and AsyncConversationalAiTestsFoldersResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

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
from . import (
    conversational_ai_tests_folders_create,
    conversational_ai_tests_folders_delete,
    conversational_ai_tests_folders_get,
    conversational_ai_tests_folders_update,
)


def _parse_conversational_ai_tests_folders_create(
    response: httpx.Response,
) -> models.CreateAgentTestFolderResponseModel:
    from ...models.create_agent_test_folder_response_model import CreateAgentTestFolderResponseModel

    response_200 = CreateAgentTestFolderResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_folders_get(response: httpx.Response) -> models.GetAgentTestFolderResponseModel:
    from ...models.get_agent_test_folder_response_model import GetAgentTestFolderResponseModel

    response_200 = GetAgentTestFolderResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_folders_delete(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_tests_folders_update(response: httpx.Response) -> models.GetAgentTestFolderResponseModel:
    from ...models.get_agent_test_folder_response_model import GetAgentTestFolderResponseModel

    response_200 = GetAgentTestFolderResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiTestsFoldersDeleteQuery(TypedDict, total=False):
    """The query parameters of `delete`, for passing them on as keyword arguments."""

    force: bool | Unset


class ConversationalAiTestsFoldersResource:
    """The operations of group `conversational_ai_tests_folders`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiTestsFoldersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiTestsFoldersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        name: str,
        *,
        parent_folder_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentTestFolderResponseModel:
        """Create Agent Test Folder

        Creates a folder for organizing agent tests.

        `POST /v1/convai/agent-testing/folders`.

        Args:
            name (str): The name of the folder to create
            parent_folder_id (None | str | Unset): The ID of the parent folder. If not provided, the
                folder will be created at the root level.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_agent_test_folder_v1_convai_agent_testing_folders_post import (
            BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost,
        )

        kwargs = conversational_ai_tests_folders_create._get_kwargs(
            body=BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost(
                name=name,
                parent_folder_id=parent_folder_id,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_folders_create, request_options)

    def get(
        self,
        folder_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentTestFolderResponseModel:
        """Get Agent Test Folder By Id

        Gets an agent test folder by ID, including its folder path.

        `GET /v1/convai/agent-testing/folders/{folder_id}`.

        Args:
            folder_id (str): The folder ID.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("folder_id", folder_id)
        kwargs = conversational_ai_tests_folders_get._get_kwargs(
            folder_id=folder_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_folders_get, request_options)

    def delete(
        self,
        folder_id: str,
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Agent Test Folder

        Deletes an agent test folder by ID. Use force=true to delete a non-empty folder and all its
        contents.

        `DELETE /v1/convai/agent-testing/folders/{folder_id}`.

        Args:
            folder_id (str): The folder ID.
            force (bool | Unset): Force delete. Required for deleting non-empty folders. Defaults to
                False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("folder_id", folder_id)
        kwargs = conversational_ai_tests_folders_delete._get_kwargs(
            folder_id=folder_id,
            force=force,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_folders_delete, request_options)

    def update(
        self,
        folder_id: str,
        name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentTestFolderResponseModel:
        """Update Agent Test Folder

        Updates an agent test folder. Currently only supports updating the folder name.

        `PATCH /v1/convai/agent-testing/folders/{folder_id}`.

        Args:
            folder_id (str): The folder ID.
            name (str): The new name for the folder
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("folder_id", folder_id)
        from ...models.body_update_agent_test_folder_v1_convai_agent_testing_folders_folder_id_patch import (
            BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
        )

        kwargs = conversational_ai_tests_folders_update._get_kwargs(
            folder_id=folder_id,
            body=BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch(
                name=name,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_folders_update, request_options)


class ConversationalAiTestsFoldersResourceWithRawResponse:
    """`ConversationalAiTestsFoldersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiTestsFoldersResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncConversationalAiTestsFoldersResource:
    """The operations of group `conversational_ai_tests_folders`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiTestsFoldersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiTestsFoldersResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        name: str,
        *,
        parent_folder_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentTestFolderResponseModel:
        """Create Agent Test Folder

        Creates a folder for organizing agent tests.

        `POST /v1/convai/agent-testing/folders`.

        Args:
            name (str): The name of the folder to create
            parent_folder_id (None | str | Unset): The ID of the parent folder. If not provided, the
                folder will be created at the root level.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_agent_test_folder_v1_convai_agent_testing_folders_post import (
            BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost,
        )

        kwargs = conversational_ai_tests_folders_create._get_kwargs(
            body=BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost(
                name=name,
                parent_folder_id=parent_folder_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_folders_create, request_options)

    async def get(
        self,
        folder_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentTestFolderResponseModel:
        """Get Agent Test Folder By Id

        Gets an agent test folder by ID, including its folder path.

        `GET /v1/convai/agent-testing/folders/{folder_id}`.

        Args:
            folder_id (str): The folder ID.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("folder_id", folder_id)
        kwargs = conversational_ai_tests_folders_get._get_kwargs(
            folder_id=folder_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_folders_get, request_options)

    async def delete(
        self,
        folder_id: str,
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Agent Test Folder

        Deletes an agent test folder by ID. Use force=true to delete a non-empty folder and all its
        contents.

        `DELETE /v1/convai/agent-testing/folders/{folder_id}`.

        Args:
            folder_id (str): The folder ID.
            force (bool | Unset): Force delete. Required for deleting non-empty folders. Defaults to
                False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("folder_id", folder_id)
        kwargs = conversational_ai_tests_folders_delete._get_kwargs(
            folder_id=folder_id,
            force=force,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_folders_delete, request_options)

    async def update(
        self,
        folder_id: str,
        name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentTestFolderResponseModel:
        """Update Agent Test Folder

        Updates an agent test folder. Currently only supports updating the folder name.

        `PATCH /v1/convai/agent-testing/folders/{folder_id}`.

        Args:
            folder_id (str): The folder ID.
            name (str): The new name for the folder
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("folder_id", folder_id)
        from ...models.body_update_agent_test_folder_v1_convai_agent_testing_folders_folder_id_patch import (
            BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
        )

        kwargs = conversational_ai_tests_folders_update._get_kwargs(
            folder_id=folder_id,
            body=BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch(
                name=name,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_folders_update, request_options)


class AsyncConversationalAiTestsFoldersResourceWithRawResponse:
    """`AsyncConversationalAiTestsFoldersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiTestsFoldersResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
