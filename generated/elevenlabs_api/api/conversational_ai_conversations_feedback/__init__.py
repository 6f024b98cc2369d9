"""`client.conversational_ai.conversations.feedback`: the operations of group `conversational_ai_conversations_feedback`, as methods of ConversationalAiConversationsFeedbackResource and AsyncConversationalAiConversationsFeedbackResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

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
from . import conversational_ai_conversations_feedback_create


def _parse_conversational_ai_conversations_feedback_create(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class ConversationalAiConversationsFeedbackResource:
    """The operations of group `conversational_ai_conversations_feedback`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsFeedbackResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsFeedbackResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def create(
        self,
        conversation_id: str,
        *,
        feedback: None | Unset | models.UserFeedbackScore = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Send Conversation Feedback

        Send the feedback for the given conversation

        `POST /v1/convai/conversations/{conversation_id}/feedback`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            feedback (None | Unset | UserFeedbackScore): Either 'like' or 'dislike' to indicate the
                feedback for the conversation. One of: dislike, like.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.conversation_feedback_request_model import ConversationFeedbackRequestModel

        kwargs = conversational_ai_conversations_feedback_create._get_kwargs(
            conversation_id=conversation_id,
            body=ConversationFeedbackRequestModel(
                feedback=feedback,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_feedback_create, request_options)


class ConversationalAiConversationsFeedbackResourceWithRawResponse:
    """`ConversationalAiConversationsFeedbackResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsFeedbackResource) -> None:
        self.create = raw_response(resource.create)


class AsyncConversationalAiConversationsFeedbackResource:
    """The operations of group `conversational_ai_conversations_feedback`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsFeedbackResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsFeedbackResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        conversation_id: str,
        *,
        feedback: None | Unset | models.UserFeedbackScore = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Send Conversation Feedback

        Send the feedback for the given conversation

        `POST /v1/convai/conversations/{conversation_id}/feedback`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            feedback (None | Unset | UserFeedbackScore): Either 'like' or 'dislike' to indicate the
                feedback for the conversation. One of: dislike, like.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.conversation_feedback_request_model import ConversationFeedbackRequestModel

        kwargs = conversational_ai_conversations_feedback_create._get_kwargs(
            conversation_id=conversation_id,
            body=ConversationFeedbackRequestModel(
                feedback=feedback,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_feedback_create, request_options
        )


class AsyncConversationalAiConversationsFeedbackResourceWithRawResponse:
    """`AsyncConversationalAiConversationsFeedbackResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsFeedbackResource) -> None:
        self.create = async_raw_response(resource.create)
