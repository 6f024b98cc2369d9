"""`client.conversational_ai.conversations.tags`: the operations of group `conversational_ai_conversations_tags`, as methods of ConversationalAiConversationsTagsResource and AsyncConversationalAiConversationsTagsResource."""

from __future__ import annotations

import builtins
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
    conversational_ai_conversations_tags_assign,
    conversational_ai_conversations_tags_create,
    conversational_ai_conversations_tags_delete,
    conversational_ai_conversations_tags_get,
    conversational_ai_conversations_tags_list,
    conversational_ai_conversations_tags_unassign,
    conversational_ai_conversations_tags_update,
)


def _parse_conversational_ai_conversations_tags_assign(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_conversations_tags_unassign(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_conversations_tags_list(
    response: httpx.Response,
) -> models.GetConversationTagsPageResponseModel:
    from ...models.get_conversation_tags_page_response_model import GetConversationTagsPageResponseModel

    response_200 = GetConversationTagsPageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_tags_create(response: httpx.Response) -> models.ConversationTagResponseModel:
    from ...models.conversation_tag_response_model import ConversationTagResponseModel

    response_200 = ConversationTagResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_tags_get(response: httpx.Response) -> models.ConversationTagResponseModel:
    from ...models.conversation_tag_response_model import ConversationTagResponseModel

    response_200 = ConversationTagResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_tags_delete(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_conversations_tags_update(response: httpx.Response) -> models.ConversationTagResponseModel:
    from ...models.conversation_tag_response_model import ConversationTagResponseModel

    response_200 = ConversationTagResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_CONVERSATIONS_TAGS_LIST = Paging(
    items="conversation_tags",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiConversationsTagsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiConversationsTagsResource:
    """The operations of group `conversational_ai_conversations_tags`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsTagsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsTagsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def assign(
        self,
        conversation_id: str,
        tag_ids: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Assign Conversation Tags

        Assign one or more conversation tags to a conversation. Tags that are already assigned are ignored.
        Tags must belong to the same workspace.

        `POST /v1/convai/conversations/{conversation_id}/tags`.

        Args:
            conversation_id (str):
            tag_ids (list[str]): Tag IDs to add to the conversation. Re-assigning an existing tag is a
                no-op.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.assign_conversation_tags_request_model import AssignConversationTagsRequestModel

        kwargs = conversational_ai_conversations_tags_assign._get_kwargs(
            conversation_id=conversation_id,
            body=AssignConversationTagsRequestModel(
                tag_ids=tag_ids,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_assign, request_options)

    def unassign(
        self,
        conversation_id: str,
        tag_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Unassign Conversation Tag

        Remove a single conversation tag from a conversation.

        `DELETE /v1/convai/conversations/{conversation_id}/tags/{tag_id}`.

        Args:
            conversation_id (str):
            tag_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        check_path_parameter("tag_id", tag_id)
        kwargs = conversational_ai_conversations_tags_unassign._get_kwargs(
            conversation_id=conversation_id,
            tag_id=tag_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_unassign, request_options)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationTagsPageResponseModel:
        """List Conversation Tags

        List conversation tags for the workspace, ordered by most recently created first.

        `GET /v1/convai/tags`.

        Args:
            page_size (int | Unset): How many conversation tags to return. Can not exceed 100. Defaults
                to 100 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_tags_list._get_kwargs(
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiConversationsTagsListQuery],
    ) -> Iterator[models.GetConversationTagsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_TAGS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiConversationsTagsListQuery],
    ) -> Iterator[models.ConversationTagResponseModel]:
        """Every item (`conversation_tags`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.conversation_tags

    def create(
        self,
        title: str,
        *,
        description: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationTagResponseModel:
        """Create Conversation Tag

        Create a new conversation tag for the workspace.

        `POST /v1/convai/tags`.

        Args:
            title (str): Display title of the tag.
            description (None | str | Unset): Optional free-text description.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_conversation_tag_request_model import CreateConversationTagRequestModel

        kwargs = conversational_ai_conversations_tags_create._get_kwargs(
            body=CreateConversationTagRequestModel(
                title=title,
                description=description,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_create, request_options)

    def get(
        self,
        tag_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationTagResponseModel:
        """Get Conversation Tag

        Get a conversation tag by ID.

        `GET /v1/convai/tags/{tag_id}`.

        Args:
            tag_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tag_id", tag_id)
        kwargs = conversational_ai_conversations_tags_get._get_kwargs(
            tag_id=tag_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_get, request_options)

    def delete(
        self,
        tag_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Conversation Tag

        Delete a conversation tag. Restricted to the tag owner or a workspace admin.

        `DELETE /v1/convai/tags/{tag_id}`.

        Args:
            tag_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tag_id", tag_id)
        kwargs = conversational_ai_conversations_tags_delete._get_kwargs(
            tag_id=tag_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_delete, request_options)

    def update(
        self,
        tag_id: str,
        *,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationTagResponseModel:
        """Update Conversation Tag

        Update a conversation tag's title and/or description. Restricted to the tag owner or a workspace
        admin.

        `PATCH /v1/convai/tags/{tag_id}`.

        Args:
            tag_id (str):
            title (None | str | Unset): If provided, replaces the tag title. Omit to leave unchanged.
            description (None | str | Unset): If provided, replaces the tag description. Omit to leave
                unchanged.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tag_id", tag_id)
        from ...models.patch_conversation_tag_request_model import PatchConversationTagRequestModel

        kwargs = conversational_ai_conversations_tags_update._get_kwargs(
            tag_id=tag_id,
            body=PatchConversationTagRequestModel(
                title=title,
                description=description,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_update, request_options)


class ConversationalAiConversationsTagsResourceWithRawResponse:
    """`ConversationalAiConversationsTagsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsTagsResource) -> None:
        self.assign = raw_response(resource.assign)
        self.unassign = raw_response(resource.unassign)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncConversationalAiConversationsTagsResource:
    """The operations of group `conversational_ai_conversations_tags`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsTagsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsTagsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def assign(
        self,
        conversation_id: str,
        tag_ids: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Assign Conversation Tags

        Assign one or more conversation tags to a conversation. Tags that are already assigned are ignored.
        Tags must belong to the same workspace.

        `POST /v1/convai/conversations/{conversation_id}/tags`.

        Args:
            conversation_id (str):
            tag_ids (list[str]): Tag IDs to add to the conversation. Re-assigning an existing tag is a
                no-op.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.assign_conversation_tags_request_model import AssignConversationTagsRequestModel

        kwargs = conversational_ai_conversations_tags_assign._get_kwargs(
            conversation_id=conversation_id,
            body=AssignConversationTagsRequestModel(
                tag_ids=tag_ids,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_tags_assign, request_options
        )

    async def unassign(
        self,
        conversation_id: str,
        tag_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Unassign Conversation Tag

        Remove a single conversation tag from a conversation.

        `DELETE /v1/convai/conversations/{conversation_id}/tags/{tag_id}`.

        Args:
            conversation_id (str):
            tag_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        check_path_parameter("tag_id", tag_id)
        kwargs = conversational_ai_conversations_tags_unassign._get_kwargs(
            conversation_id=conversation_id,
            tag_id=tag_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_tags_unassign, request_options
        )

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationTagsPageResponseModel:
        """List Conversation Tags

        List conversation tags for the workspace, ordered by most recently created first.

        `GET /v1/convai/tags`.

        Args:
            page_size (int | Unset): How many conversation tags to return. Can not exceed 100. Defaults
                to 100 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_tags_list._get_kwargs(
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiConversationsTagsListQuery],
    ) -> AsyncIterator[models.GetConversationTagsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_TAGS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiConversationsTagsListQuery],
    ) -> AsyncIterator[models.ConversationTagResponseModel]:
        """Every item (`conversation_tags`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.conversation_tags:
                yield item

    async def create(
        self,
        title: str,
        *,
        description: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationTagResponseModel:
        """Create Conversation Tag

        Create a new conversation tag for the workspace.

        `POST /v1/convai/tags`.

        Args:
            title (str): Display title of the tag.
            description (None | str | Unset): Optional free-text description.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_conversation_tag_request_model import CreateConversationTagRequestModel

        kwargs = conversational_ai_conversations_tags_create._get_kwargs(
            body=CreateConversationTagRequestModel(
                title=title,
                description=description,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_tags_create, request_options
        )

    async def get(
        self,
        tag_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationTagResponseModel:
        """Get Conversation Tag

        Get a conversation tag by ID.

        `GET /v1/convai/tags/{tag_id}`.

        Args:
            tag_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tag_id", tag_id)
        kwargs = conversational_ai_conversations_tags_get._get_kwargs(
            tag_id=tag_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_conversations_tags_get, request_options)

    async def delete(
        self,
        tag_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Conversation Tag

        Delete a conversation tag. Restricted to the tag owner or a workspace admin.

        `DELETE /v1/convai/tags/{tag_id}`.

        Args:
            tag_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tag_id", tag_id)
        kwargs = conversational_ai_conversations_tags_delete._get_kwargs(
            tag_id=tag_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_tags_delete, request_options
        )

    async def update(
        self,
        tag_id: str,
        *,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationTagResponseModel:
        """Update Conversation Tag

        Update a conversation tag's title and/or description. Restricted to the tag owner or a workspace
        admin.

        `PATCH /v1/convai/tags/{tag_id}`.

        Args:
            tag_id (str):
            title (None | str | Unset): If provided, replaces the tag title. Omit to leave unchanged.
            description (None | str | Unset): If provided, replaces the tag description. Omit to leave
                unchanged.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tag_id", tag_id)
        from ...models.patch_conversation_tag_request_model import PatchConversationTagRequestModel

        kwargs = conversational_ai_conversations_tags_update._get_kwargs(
            tag_id=tag_id,
            body=PatchConversationTagRequestModel(
                title=title,
                description=description,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_tags_update, request_options
        )


class AsyncConversationalAiConversationsTagsResourceWithRawResponse:
    """`AsyncConversationalAiConversationsTagsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsTagsResource) -> None:
        self.assign = async_raw_response(resource.assign)
        self.unassign = async_raw_response(resource.unassign)
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
