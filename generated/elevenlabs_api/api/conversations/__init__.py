"""Operations tagged `conversations`, as methods of ConversationsResource and AsyncConversationsResource."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...types import UNSET, Unset
from .. import AsyncRequester, Requester, RequestOptions, check_path_parameter

# Models only for type checking: they are imported where they are used, so importing the client loads none.
if TYPE_CHECKING:
    from ...models.conversations_list_summary_mode import ConversationsListSummaryMode
    from ...models.evaluation_success_result import EvaluationSuccessResult
    from ...models.get_conversation_response_model import GetConversationResponseModel
    from ...models.get_conversations_page_response_model import GetConversationsPageResponseModel
from . import conversations_delete, conversations_get, conversations_get_audio, conversations_list


def _parse_conversations_list(response: httpx.Response) -> GetConversationsPageResponseModel:
    from ...models.conversations_list_summary_mode import (
        ConversationsListSummaryMode,
        check_conversations_list_summary_mode,
    )
    from ...models.evaluation_success_result import EvaluationSuccessResult, check_evaluation_success_result
    from ...models.get_conversations_page_response_model import GetConversationsPageResponseModel

    response_200 = GetConversationsPageResponseModel.from_dict(response.json())

    return response_200


def _parse_conversations_get(response: httpx.Response) -> GetConversationResponseModel:
    from ...models.get_conversation_response_model import GetConversationResponseModel

    response_200 = GetConversationResponseModel.from_dict(response.json())

    return response_200


def _parse_conversations_delete(response: httpx.Response) -> Any:
    response_200 = response.json()
    return response_200


class ConversationsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    agent_id: None | str | Unset
    call_successful: EvaluationSuccessResult | None | Unset
    call_start_before_unix: int | None | Unset
    call_start_after_unix: int | None | Unset
    user_id: None | str | Unset
    page_size: int | Unset
    summary_mode: ConversationsListSummaryMode | Unset


class ConversationsResource:
    """Operations tagged `conversations`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        call_successful: EvaluationSuccessResult | None | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        page_size: int | Unset = 30,
        summary_mode: ConversationsListSummaryMode | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetConversationsPageResponseModel:
        """Get conversations

        Get all conversations of agents that user owns. With option to restrict to a specific agent.
        """

        kwargs = conversations_list._get_kwargs(
            cursor=cursor,
            agent_id=agent_id,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            user_id=user_id,
            page_size=page_size,
            summary_mode=summary_mode,
        )

        return self._requester.request(kwargs, _parse_conversations_list, request_options)

    def get(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetConversationResponseModel:
        """Get Conversation Details

        Get the details of a particular conversation
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversations_get._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.request(kwargs, _parse_conversations_get, request_options)

    def delete(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete conversation

        Delete a particular conversation
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversations_delete._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.request(kwargs, _parse_conversations_delete, request_options)

    def get_audio(
        self,
        conversation_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[bytes]:
        """Get conversation audio

        Get the audio recording of a particular conversation
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversations_get_audio._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncConversationsResource:
    """Operations tagged `conversations`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        call_successful: EvaluationSuccessResult | None | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        page_size: int | Unset = 30,
        summary_mode: ConversationsListSummaryMode | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetConversationsPageResponseModel:
        """Get conversations

        Get all conversations of agents that user owns. With option to restrict to a specific agent.
        """

        kwargs = conversations_list._get_kwargs(
            cursor=cursor,
            agent_id=agent_id,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            user_id=user_id,
            page_size=page_size,
            summary_mode=summary_mode,
        )

        return await self._requester.request(kwargs, _parse_conversations_list, request_options)

    async def get(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetConversationResponseModel:
        """Get Conversation Details

        Get the details of a particular conversation
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversations_get._get_kwargs(
            conversation_id=conversation_id,
        )

        return await self._requester.request(kwargs, _parse_conversations_get, request_options)

    async def delete(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete conversation

        Delete a particular conversation
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversations_delete._get_kwargs(
            conversation_id=conversation_id,
        )

        return await self._requester.request(kwargs, _parse_conversations_delete, request_options)

    async def get_audio(
        self,
        conversation_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[bytes]:
        """Get conversation audio

        Get the audio recording of a particular conversation
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversations_get_audio._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)
