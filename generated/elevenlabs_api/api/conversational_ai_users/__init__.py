"""`client.conversational_ai.users`: the operations of group `conversational_ai_users`, as methods of ConversationalAiUsersResource and AsyncConversationalAiUsersResource."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import conversational_ai_users_list


def _parse_conversational_ai_users_list(response: httpx.Response) -> models.GetConversationUsersPageResponseModel:
    from ...models.get_conversation_users_page_response_model import GetConversationUsersPageResponseModel

    response_200 = GetConversationUsersPageResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_USERS_LIST = Paging(
    items="users",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiUsersListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    agent_id: None | str | Unset
    branch_id: None | str | Unset
    call_start_before_unix: int | None | Unset
    call_start_after_unix: int | None | Unset
    search: None | str | Unset
    page_size: int | Unset
    sort_by: models.UsersSortBy | Unset
    sort_direction: models.SortDirection | Unset
    cursor: None | str | Unset


class ConversationalAiUsersResource:
    """The operations of group `conversational_ai_users`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiUsersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiUsersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: models.UsersSortBy | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationUsersPageResponseModel:
        """Get Conversation Users

        Get distinct users from conversations with pagination.

        `GET /v1/convai/users`.

        Args:
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            branch_id (None | str | Unset): Filter conversations by branch ID.
            call_start_before_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations up to this start date.
            call_start_after_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations after to this start date.
            search (None | str | Unset): Search/filter by user ID (exact match).
            page_size (int | Unset): How many users to return at maximum. Defaults to 30. Defaults to 30
                on the server.
            sort_by (UsersSortBy | Unset):  One of: average_sentiment_score, conversation_count,
                last_contact_unix_secs.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_users_list._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            search=search,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_users_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiUsersListQuery],
    ) -> Iterator[models.GetConversationUsersPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_USERS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiUsersListQuery],
    ) -> Iterator[models.ConversationUserResponseModel]:
        """Every item (`users`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.users


class ConversationalAiUsersResourceWithRawResponse:
    """`ConversationalAiUsersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiUsersResource) -> None:
        self.list = raw_response(resource.list)


class AsyncConversationalAiUsersResource:
    """The operations of group `conversational_ai_users`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiUsersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiUsersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: models.UsersSortBy | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationUsersPageResponseModel:
        """Get Conversation Users

        Get distinct users from conversations with pagination.

        `GET /v1/convai/users`.

        Args:
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            branch_id (None | str | Unset): Filter conversations by branch ID.
            call_start_before_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations up to this start date.
            call_start_after_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations after to this start date.
            search (None | str | Unset): Search/filter by user ID (exact match).
            page_size (int | Unset): How many users to return at maximum. Defaults to 30. Defaults to 30
                on the server.
            sort_by (UsersSortBy | Unset):  One of: average_sentiment_score, conversation_count,
                last_contact_unix_secs.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_users_list._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            search=search,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_users_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiUsersListQuery],
    ) -> AsyncIterator[models.GetConversationUsersPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_USERS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiUsersListQuery],
    ) -> AsyncIterator[models.ConversationUserResponseModel]:
        """Every item (`users`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.users:
                yield item


class AsyncConversationalAiUsersResourceWithRawResponse:
    """`AsyncConversationalAiUsersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiUsersResource) -> None:
        self.list = async_raw_response(resource.list)
