"""`client.conversational_ai.tests`: the operations of group `conversational_ai_tests`, as methods of ConversationalAiTestsResource and AsyncConversationalAiTestsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads, parse_strictly
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    former_names,
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
    from ..conversational_ai_tests_folders import (
        AsyncConversationalAiTestsFoldersResource,
        ConversationalAiTestsFoldersResource,
    )
    from ..conversational_ai_tests_invocations import (
        AsyncConversationalAiTestsInvocationsResource,
        ConversationalAiTestsInvocationsResource,
    )
from . import (
    conversational_ai_tests_create,
    conversational_ai_tests_delete,
    conversational_ai_tests_get,
    conversational_ai_tests_list,
    conversational_ai_tests_move,
    conversational_ai_tests_summaries,
    conversational_ai_tests_update,
)


def _parse_conversational_ai_tests_list(response: httpx.Response) -> models.GetTestsPageResponseModel:
    from ...models.get_tests_page_response_model import GetTestsPageResponseModel

    response_200 = GetTestsPageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_move(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_tests_create(response: httpx.Response) -> models.CreateAgentTestResponseModel:
    from ...models.create_agent_test_response_model import CreateAgentTestResponseModel

    response_200 = CreateAgentTestResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_summaries(response: httpx.Response) -> models.GetTestsSummariesByIdsResponseModel:
    from ...models.get_tests_summaries_by_ids_response_model import GetTestsSummariesByIdsResponseModel

    response_200 = GetTestsSummariesByIdsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_get(
    response: httpx.Response,
) -> (
    models.GetResponseUnitTestResponseModel
    | models.GetSimulationTestResponseModel
    | models.GetToolCallUnitTestResponseModel
):
    from ...models.get_response_unit_test_response_model import GetResponseUnitTestResponseModel
    from ...models.get_simulation_test_response_model import GetSimulationTestResponseModel
    from ...models.get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel

    def _parse_response_200(
        data: object,
    ) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
        if isinstance(data, dict):
            for known in (
                GetResponseUnitTestResponseModel,
                GetToolCallUnitTestResponseModel,
                GetSimulationTestResponseModel,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = GetResponseUnitTestResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = GetToolCallUnitTestResponseModel.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        response_200_type_2 = GetSimulationTestResponseModel.from_dict(data)

        return response_200_type_2

    response_200 = _parse_response_200(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_update(
    response: httpx.Response,
) -> (
    models.GetResponseUnitTestResponseModel
    | models.GetSimulationTestResponseModel
    | models.GetToolCallUnitTestResponseModel
):
    from ...models.get_response_unit_test_response_model import GetResponseUnitTestResponseModel
    from ...models.get_simulation_test_response_model import GetSimulationTestResponseModel
    from ...models.get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel

    def _parse_response_200(
        data: object,
    ) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
        if isinstance(data, dict):
            for known in (
                GetResponseUnitTestResponseModel,
                GetToolCallUnitTestResponseModel,
                GetSimulationTestResponseModel,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = GetResponseUnitTestResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = GetToolCallUnitTestResponseModel.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        response_200_type_2 = GetSimulationTestResponseModel.from_dict(data)

        return response_200_type_2

    response_200 = _parse_response_200(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


_PAGING_CONVERSATIONAL_AI_TESTS_LIST = Paging(
    items="tests",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiTestsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    search: None | str | Unset
    parent_folder_id: None | str | Unset
    types: builtins.list[models.TestType] | None | Unset
    include_folders: bool | None | Unset
    sort_mode: models.ConversationalAiTestsListSortMode | Unset
    sharing_mode: models.TestSharingMode | Unset


class ConversationalAiTestsResource:
    """The operations of group `conversational_ai_tests`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiTestsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiTestsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def folders(self) -> ConversationalAiTestsFoldersResource:
        """`conversational_ai_tests_folders` operations."""
        from ..conversational_ai_tests_folders import ConversationalAiTestsFoldersResource

        return ConversationalAiTestsFoldersResource(self._requester)

    @functools.cached_property
    def invocations(self) -> ConversationalAiTestsInvocationsResource:
        """`conversational_ai_tests_invocations` operations."""
        from ..conversational_ai_tests_invocations import ConversationalAiTestsInvocationsResource

        return ConversationalAiTestsInvocationsResource(self._requester)

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        types: builtins.list[models.TestType] | None | Unset = UNSET,
        include_folders: bool | None | Unset = UNSET,
        sort_mode: models.ConversationalAiTestsListSortMode | Unset = UNSET,
        sharing_mode: models.TestSharingMode | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestsPageResponseModel:
        """List Agent Response Tests

        Lists all agent response tests with pagination support and optional search filtering.

        `GET /v1/convai/agent-testing`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many Tests to return at maximum. Can not exceed 100, defaults
                to 30. Defaults to 30 on the server.
            search (None | str | Unset): Search query to filter tests by name.
            parent_folder_id (None | str | Unset): Filter by parent folder ID. Use 'root' to get items
                in the root folder.
            types (list[TestType] | None | Unset): If present, the endpoint will return only
                tests/folders of the given types.
            include_folders (bool | None | Unset): Deprecated. Use the `types` query param and include
                `folder` instead.
            sort_mode (ConversationalAiTestsListSortMode | Unset): Sort mode for listing tests. Use
                'folders_first' to place folders before tests. Defaults to 'default' on the server. One of:
                default, folders_first.
            sharing_mode (TestSharingMode | Unset):  One of: all, shared_with_me.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tests_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            search=search,
            parent_folder_id=parent_folder_id,
            types=types,
            include_folders=include_folders,
            sort_mode=sort_mode,
            sharing_mode=sharing_mode,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiTestsListQuery],
    ) -> Iterator[models.GetTestsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_TESTS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiTestsListQuery],
    ) -> Iterator[models.UnitTestSummaryResponseModel]:
        """Every item (`tests`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.tests

    def move(
        self,
        entity_ids: builtins.list[str],
        *,
        move_to: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Bulk Move Tests To Folder

        Moves multiple tests or folders from one folder to another.

        `POST /v1/convai/agent-testing/bulk-move`.

        Args:
            entity_ids (list[str]): The IDs of tests or folders to move.
            move_to (None | str | Unset): The folder to move the entities to. If not set, the entities
                will be moved to the root folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post import (
            BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost,
        )

        kwargs = conversational_ai_tests_move._get_kwargs(
            body=BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost(
                entity_ids=entity_ids,
                move_to=move_to,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_move, request_options)

    @former_names(body="request")
    def create(
        self,
        *,
        request: models.CreateResponseUnitTestRequest
        | models.CreateSimulationTestRequest
        | models.CreateToolCallUnitTestRequest,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentTestResponseModel:
        """Create Agent Response Test

        Creates a new agent response test.

        `POST /v1/convai/agent-testing/create`.

        Args:
            request (CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest): The request body: Create Chat Response Test Request Information.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tests_create._get_kwargs(
            body=request,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_create, request_options)

    def summaries(
        self,
        test_ids: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestsSummariesByIdsResponseModel:
        """Get Agent Response Test Summaries By Ids

        Gets agent response test summaries for the requested test IDs.

        `POST /v1/convai/agent-testing/summaries`.

        Args:
            test_ids (list[str]): List of test IDs to fetch. No duplicates allowed. Prefer at most 1000
                IDs per request.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.list_tests_by_ids_request_model import ListTestsByIdsRequestModel

        kwargs = conversational_ai_tests_summaries._get_kwargs(
            body=ListTestsByIdsRequestModel(
                test_ids=test_ids,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_summaries, request_options)

    def get(
        self,
        test_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetResponseUnitTestResponseModel
        | models.GetSimulationTestResponseModel
        | models.GetToolCallUnitTestResponseModel
    ):
        """Get Agent Response Test By Id

        Gets an agent response test by ID.

        `GET /v1/convai/agent-testing/{test_id}`.

        Args:
            test_id (str): The id of a chat response test. This is returned on test creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_id", test_id)
        kwargs = conversational_ai_tests_get._get_kwargs(
            test_id=test_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_get, request_options)

    @former_names(body="request")
    def update(
        self,
        test_id: str,
        *,
        request: models.UpdateResponseUnitTestRequest
        | models.UpdateSimulationTestRequest
        | models.UpdateToolCallUnitTestRequest,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetResponseUnitTestResponseModel
        | models.GetSimulationTestResponseModel
        | models.GetToolCallUnitTestResponseModel
    ):
        """Update Agent Response Test

        Updates an agent response test by ID.

        `PUT /v1/convai/agent-testing/{test_id}`.

        Args:
            test_id (str): The id of a chat response test. This is returned on test creation.
            request (UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest): The request body: Agent test to update.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_id", test_id)
        kwargs = conversational_ai_tests_update._get_kwargs(
            test_id=test_id,
            body=request,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_update, request_options)

    def delete(
        self,
        test_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Agent Response Test

        Deletes an agent response test by ID.

        `DELETE /v1/convai/agent-testing/{test_id}`.

        Args:
            test_id (str): The id of a chat response test. This is returned on test creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_id", test_id)
        kwargs = conversational_ai_tests_delete._get_kwargs(
            test_id=test_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_delete, request_options)


class ConversationalAiTestsResourceWithRawResponse:
    """`ConversationalAiTestsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiTestsResource) -> None:
        self.list = raw_response(resource.list)
        self.move = raw_response(resource.move)
        self.create = raw_response(resource.create)
        self.summaries = raw_response(resource.summaries)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class AsyncConversationalAiTestsResource:
    """The operations of group `conversational_ai_tests`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiTestsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiTestsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def folders(self) -> AsyncConversationalAiTestsFoldersResource:
        """`conversational_ai_tests_folders` operations."""
        from ..conversational_ai_tests_folders import AsyncConversationalAiTestsFoldersResource

        return AsyncConversationalAiTestsFoldersResource(self._requester)

    @functools.cached_property
    def invocations(self) -> AsyncConversationalAiTestsInvocationsResource:
        """`conversational_ai_tests_invocations` operations."""
        from ..conversational_ai_tests_invocations import AsyncConversationalAiTestsInvocationsResource

        return AsyncConversationalAiTestsInvocationsResource(self._requester)

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        types: builtins.list[models.TestType] | None | Unset = UNSET,
        include_folders: bool | None | Unset = UNSET,
        sort_mode: models.ConversationalAiTestsListSortMode | Unset = UNSET,
        sharing_mode: models.TestSharingMode | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestsPageResponseModel:
        """List Agent Response Tests

        Lists all agent response tests with pagination support and optional search filtering.

        `GET /v1/convai/agent-testing`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many Tests to return at maximum. Can not exceed 100, defaults
                to 30. Defaults to 30 on the server.
            search (None | str | Unset): Search query to filter tests by name.
            parent_folder_id (None | str | Unset): Filter by parent folder ID. Use 'root' to get items
                in the root folder.
            types (list[TestType] | None | Unset): If present, the endpoint will return only
                tests/folders of the given types.
            include_folders (bool | None | Unset): Deprecated. Use the `types` query param and include
                `folder` instead.
            sort_mode (ConversationalAiTestsListSortMode | Unset): Sort mode for listing tests. Use
                'folders_first' to place folders before tests. Defaults to 'default' on the server. One of:
                default, folders_first.
            sharing_mode (TestSharingMode | Unset):  One of: all, shared_with_me.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tests_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            search=search,
            parent_folder_id=parent_folder_id,
            types=types,
            include_folders=include_folders,
            sort_mode=sort_mode,
            sharing_mode=sharing_mode,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiTestsListQuery],
    ) -> AsyncIterator[models.GetTestsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_TESTS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiTestsListQuery],
    ) -> AsyncIterator[models.UnitTestSummaryResponseModel]:
        """Every item (`tests`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.tests:
                yield item

    async def move(
        self,
        entity_ids: builtins.list[str],
        *,
        move_to: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Bulk Move Tests To Folder

        Moves multiple tests or folders from one folder to another.

        `POST /v1/convai/agent-testing/bulk-move`.

        Args:
            entity_ids (list[str]): The IDs of tests or folders to move.
            move_to (None | str | Unset): The folder to move the entities to. If not set, the entities
                will be moved to the root folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post import (
            BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost,
        )

        kwargs = conversational_ai_tests_move._get_kwargs(
            body=BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost(
                entity_ids=entity_ids,
                move_to=move_to,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_move, request_options)

    @former_names(body="request")
    async def create(
        self,
        *,
        request: models.CreateResponseUnitTestRequest
        | models.CreateSimulationTestRequest
        | models.CreateToolCallUnitTestRequest,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentTestResponseModel:
        """Create Agent Response Test

        Creates a new agent response test.

        `POST /v1/convai/agent-testing/create`.

        Args:
            request (CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest): The request body: Create Chat Response Test Request Information.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tests_create._get_kwargs(
            body=request,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_create, request_options)

    async def summaries(
        self,
        test_ids: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestsSummariesByIdsResponseModel:
        """Get Agent Response Test Summaries By Ids

        Gets agent response test summaries for the requested test IDs.

        `POST /v1/convai/agent-testing/summaries`.

        Args:
            test_ids (list[str]): List of test IDs to fetch. No duplicates allowed. Prefer at most 1000
                IDs per request.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.list_tests_by_ids_request_model import ListTestsByIdsRequestModel

        kwargs = conversational_ai_tests_summaries._get_kwargs(
            body=ListTestsByIdsRequestModel(
                test_ids=test_ids,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_summaries, request_options)

    async def get(
        self,
        test_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetResponseUnitTestResponseModel
        | models.GetSimulationTestResponseModel
        | models.GetToolCallUnitTestResponseModel
    ):
        """Get Agent Response Test By Id

        Gets an agent response test by ID.

        `GET /v1/convai/agent-testing/{test_id}`.

        Args:
            test_id (str): The id of a chat response test. This is returned on test creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_id", test_id)
        kwargs = conversational_ai_tests_get._get_kwargs(
            test_id=test_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_get, request_options)

    @former_names(body="request")
    async def update(
        self,
        test_id: str,
        *,
        request: models.UpdateResponseUnitTestRequest
        | models.UpdateSimulationTestRequest
        | models.UpdateToolCallUnitTestRequest,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetResponseUnitTestResponseModel
        | models.GetSimulationTestResponseModel
        | models.GetToolCallUnitTestResponseModel
    ):
        """Update Agent Response Test

        Updates an agent response test by ID.

        `PUT /v1/convai/agent-testing/{test_id}`.

        Args:
            test_id (str): The id of a chat response test. This is returned on test creation.
            request (UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest): The request body: Agent test to update.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_id", test_id)
        kwargs = conversational_ai_tests_update._get_kwargs(
            test_id=test_id,
            body=request,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_update, request_options)

    async def delete(
        self,
        test_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Agent Response Test

        Deletes an agent response test by ID.

        `DELETE /v1/convai/agent-testing/{test_id}`.

        Args:
            test_id (str): The id of a chat response test. This is returned on test creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_id", test_id)
        kwargs = conversational_ai_tests_delete._get_kwargs(
            test_id=test_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_delete, request_options)


class AsyncConversationalAiTestsResourceWithRawResponse:
    """`AsyncConversationalAiTestsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiTestsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.move = async_raw_response(resource.move)
        self.create = async_raw_response(resource.create)
        self.summaries = async_raw_response(resource.summaries)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
