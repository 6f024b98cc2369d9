"""`client.conversational_ai.conversations.analysis`: the operations of group `conversational_ai_conversations_analysis`, as methods of ConversationalAiConversationsAnalysisResource and AsyncConversationalAiConversationsAnalysisResource."""

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
from . import conversational_ai_conversations_analysis_run, conversational_ai_conversations_analysis_run_evaluation


def _parse_conversational_ai_conversations_analysis_run_evaluation(
    response: httpx.Response,
) -> models.GetConversationResponseModel:
    from ...models.get_conversation_response_model import GetConversationResponseModel

    response_200 = GetConversationResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_analysis_run(
    response: httpx.Response,
) -> models.GetConversationResponseModel:
    from ...models.get_conversation_response_model import GetConversationResponseModel

    response_200 = GetConversationResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiConversationsAnalysisResource:
    """The operations of group `conversational_ai_conversations_analysis`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsAnalysisResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsAnalysisResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def run_evaluation(
        self,
        conversation_id: str,
        evaluation_id: str,
        *,
        scope: models.AnalysisScope | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Run Conversation Evaluation

        Rerun a specific evaluation for a conversation.

        `POST /v1/convai/conversations/{conversation_id}/analysis/evaluations/run`.

        Args:
            conversation_id (str): ID of the conversation
            evaluation_id (str): ID of the single evaluation criterion to rerun.
            scope (AnalysisScope | Unset):  One of: agent, conversation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.run_conversation_evaluations_request import RunConversationEvaluationsRequest

        kwargs = conversational_ai_conversations_analysis_run_evaluation._get_kwargs(
            conversation_id=conversation_id,
            body=RunConversationEvaluationsRequest(
                evaluation_id=evaluation_id,
                scope=scope,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_conversations_analysis_run_evaluation, request_options
        )

    def run(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Run Conversation Analysis

        Run the analysis for a conversation using the agent's current evaluation criteria and data
        collection settings.

        `POST /v1/convai/conversations/{conversation_id}/analysis/run`.

        Args:
            conversation_id (str): ID of the conversation
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_analysis_run._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_analysis_run, request_options)


class ConversationalAiConversationsAnalysisResourceWithRawResponse:
    """`ConversationalAiConversationsAnalysisResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsAnalysisResource) -> None:
        self.run_evaluation = raw_response(resource.run_evaluation)
        self.run = raw_response(resource.run)


class AsyncConversationalAiConversationsAnalysisResource:
    """The operations of group `conversational_ai_conversations_analysis`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsAnalysisResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsAnalysisResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def run_evaluation(
        self,
        conversation_id: str,
        evaluation_id: str,
        *,
        scope: models.AnalysisScope | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Run Conversation Evaluation

        Rerun a specific evaluation for a conversation.

        `POST /v1/convai/conversations/{conversation_id}/analysis/evaluations/run`.

        Args:
            conversation_id (str): ID of the conversation
            evaluation_id (str): ID of the single evaluation criterion to rerun.
            scope (AnalysisScope | Unset):  One of: agent, conversation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.run_conversation_evaluations_request import RunConversationEvaluationsRequest

        kwargs = conversational_ai_conversations_analysis_run_evaluation._get_kwargs(
            conversation_id=conversation_id,
            body=RunConversationEvaluationsRequest(
                evaluation_id=evaluation_id,
                scope=scope,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_analysis_run_evaluation, request_options
        )

    async def run(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Run Conversation Analysis

        Run the analysis for a conversation using the agent's current evaluation criteria and data
        collection settings.

        `POST /v1/convai/conversations/{conversation_id}/analysis/run`.

        Args:
            conversation_id (str): ID of the conversation
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_analysis_run._get_kwargs(
            conversation_id=conversation_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_analysis_run, request_options
        )


class AsyncConversationalAiConversationsAnalysisResourceWithRawResponse:
    """`AsyncConversationalAiConversationsAnalysisResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsAnalysisResource) -> None:
        self.run_evaluation = async_raw_response(resource.run_evaluation)
        self.run = async_raw_response(resource.run)
