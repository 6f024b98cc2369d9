"""`client.conversational_ai.tests.invocations`: the operations of group `conversational_ai_tests_invocations`, as methods of ConversationalAiTestsInvocationsResource and AsyncConversationalAiTestsInvocationsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

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
from . import (
    conversational_ai_tests_invocations_get,
    conversational_ai_tests_invocations_list,
    conversational_ai_tests_invocations_resubmit,
)


def _parse_conversational_ai_tests_invocations_list(
    response: httpx.Response,
) -> models.GetTestInvocationsPageResponseModel:
    from ...models.get_test_invocations_page_response_model import GetTestInvocationsPageResponseModel

    response_200 = GetTestInvocationsPageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_invocations_get(
    response: httpx.Response,
) -> models.GetTestSuiteInvocationResponseModel:
    from ...models.get_test_suite_invocation_response_model import GetTestSuiteInvocationResponseModel

    response_200 = GetTestSuiteInvocationResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tests_invocations_resubmit(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


_PAGING_CONVERSATIONAL_AI_TESTS_INVOCATIONS_LIST = Paging(
    items="results",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiTestsInvocationsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    agent_id: None | str | Unset
    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiTestsInvocationsResource:
    """The operations of group `conversational_ai_tests_invocations`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiTestsInvocationsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiTestsInvocationsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestInvocationsPageResponseModel:
        """List Test Invocations

        Lists all test invocations with pagination support and optional search filtering.

        `GET /v1/convai/test-invocations`.

        Args:
            agent_id (None | str | Unset): Filter by agent ID
            page_size (int | Unset): How many Tests to return at maximum. Can not exceed 100, defaults
                to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tests_invocations_list._get_kwargs(
            agent_id=agent_id,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_invocations_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiTestsInvocationsListQuery],
    ) -> Iterator[models.GetTestInvocationsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_TESTS_INVOCATIONS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiTestsInvocationsListQuery],
    ) -> Iterator[models.TestInvocationSummaryResponseModel]:
        """Every item (`results`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.results

    def get(
        self,
        test_invocation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestSuiteInvocationResponseModel:
        """Get Test Invocation

        Gets a test invocation by ID.

        `GET /v1/convai/test-invocations/{test_invocation_id}`.

        Args:
            test_invocation_id (str): The id of a test invocation. This is returned when tests are run.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_invocation_id", test_invocation_id)
        kwargs = conversational_ai_tests_invocations_get._get_kwargs(
            test_invocation_id=test_invocation_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_invocations_get, request_options)

    def resubmit(
        self,
        test_invocation_id: str,
        test_run_ids: builtins.list[str],
        agent_id: str,
        *,
        agent_config_override: models.AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Resubmit Tests

        Resubmits specific test runs from a test invocation.

        `POST /v1/convai/test-invocations/{test_invocation_id}/resubmit`.

        Args:
            test_invocation_id (str): The id of a test invocation. This is returned when tests are run.
            test_run_ids (list[str]): List of test run IDs to resubmit
            agent_id (str): Agent ID to resubmit tests for
            agent_config_override (AdhocAgentConfigOverrideForTestRequestModel | None | Unset):
                Configuration overrides to use for testing. If not provided, the agent's default
                configuration will be used.
            branch_id (None | str | Unset): ID of the branch to run the tests on. If not provided, the
                tests will be run on the agent's main branch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_invocation_id", test_invocation_id)
        from ...models.resubmit_tests_request_model import ResubmitTestsRequestModel

        kwargs = conversational_ai_tests_invocations_resubmit._get_kwargs(
            test_invocation_id=test_invocation_id,
            body=ResubmitTestsRequestModel(
                test_run_ids=test_run_ids,
                agent_id=agent_id,
                agent_config_override=agent_config_override,
                branch_id=branch_id,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tests_invocations_resubmit, request_options)


class ConversationalAiTestsInvocationsResourceWithRawResponse:
    """`ConversationalAiTestsInvocationsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiTestsInvocationsResource) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.resubmit = raw_response(resource.resubmit)


class AsyncConversationalAiTestsInvocationsResource:
    """The operations of group `conversational_ai_tests_invocations`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiTestsInvocationsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiTestsInvocationsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestInvocationsPageResponseModel:
        """List Test Invocations

        Lists all test invocations with pagination support and optional search filtering.

        `GET /v1/convai/test-invocations`.

        Args:
            agent_id (None | str | Unset): Filter by agent ID
            page_size (int | Unset): How many Tests to return at maximum. Can not exceed 100, defaults
                to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tests_invocations_list._get_kwargs(
            agent_id=agent_id,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_invocations_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiTestsInvocationsListQuery],
    ) -> AsyncIterator[models.GetTestInvocationsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_TESTS_INVOCATIONS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiTestsInvocationsListQuery],
    ) -> AsyncIterator[models.TestInvocationSummaryResponseModel]:
        """Every item (`results`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.results:
                yield item

    async def get(
        self,
        test_invocation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestSuiteInvocationResponseModel:
        """Get Test Invocation

        Gets a test invocation by ID.

        `GET /v1/convai/test-invocations/{test_invocation_id}`.

        Args:
            test_invocation_id (str): The id of a test invocation. This is returned when tests are run.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_invocation_id", test_invocation_id)
        kwargs = conversational_ai_tests_invocations_get._get_kwargs(
            test_invocation_id=test_invocation_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tests_invocations_get, request_options)

    async def resubmit(
        self,
        test_invocation_id: str,
        test_run_ids: builtins.list[str],
        agent_id: str,
        *,
        agent_config_override: models.AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Resubmit Tests

        Resubmits specific test runs from a test invocation.

        `POST /v1/convai/test-invocations/{test_invocation_id}/resubmit`.

        Args:
            test_invocation_id (str): The id of a test invocation. This is returned when tests are run.
            test_run_ids (list[str]): List of test run IDs to resubmit
            agent_id (str): Agent ID to resubmit tests for
            agent_config_override (AdhocAgentConfigOverrideForTestRequestModel | None | Unset):
                Configuration overrides to use for testing. If not provided, the agent's default
                configuration will be used.
            branch_id (None | str | Unset): ID of the branch to run the tests on. If not provided, the
                tests will be run on the agent's main branch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("test_invocation_id", test_invocation_id)
        from ...models.resubmit_tests_request_model import ResubmitTestsRequestModel

        kwargs = conversational_ai_tests_invocations_resubmit._get_kwargs(
            test_invocation_id=test_invocation_id,
            body=ResubmitTestsRequestModel(
                test_run_ids=test_run_ids,
                agent_id=agent_id,
                agent_config_override=agent_config_override,
                branch_id=branch_id,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_tests_invocations_resubmit, request_options
        )


class AsyncConversationalAiTestsInvocationsResourceWithRawResponse:
    """`AsyncConversationalAiTestsInvocationsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiTestsInvocationsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.resubmit = async_raw_response(resource.resubmit)
