"""`client.conversational_ai.tools`: the operations of group `conversational_ai_tools`, as methods of ConversationalAiToolsResource and AsyncConversationalAiToolsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, overload

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
    whole_request,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..conversational_ai_tools_executions import (
        AsyncConversationalAiToolsExecutionsResource,
        ConversationalAiToolsExecutionsResource,
    )
from . import (
    conversational_ai_tools_create,
    conversational_ai_tools_delete,
    conversational_ai_tools_get,
    conversational_ai_tools_get_dependent_agents,
    conversational_ai_tools_list,
    conversational_ai_tools_update,
)


def _parse_conversational_ai_tools_list(response: httpx.Response) -> models.ToolsResponseModel:
    from ...models.tools_response_model import ToolsResponseModel

    response_200 = ToolsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tools_create(response: httpx.Response) -> models.ToolResponseModel:
    from ...models.tool_response_model import ToolResponseModel

    response_200 = ToolResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tools_get(response: httpx.Response) -> models.ToolResponseModel:
    from ...models.tool_response_model import ToolResponseModel

    response_200 = ToolResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tools_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_tools_update(response: httpx.Response) -> models.ToolResponseModel:
    from ...models.tool_response_model import ToolResponseModel

    response_200 = ToolResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_tools_get_dependent_agents(
    response: httpx.Response,
) -> models.GetToolDependentAgentsResponseModel:
    from ...models.get_tool_dependent_agents_response_model import GetToolDependentAgentsResponseModel

    response_200 = GetToolDependentAgentsResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_TOOLS_LIST = Paging(
    items="tools",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)
_PAGING_CONVERSATIONAL_AI_TOOLS_GET_DEPENDENT_AGENTS = Paging(
    items="agents",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiToolsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    search: None | str | Unset
    page_size: int | None | Unset
    show_only_owned_documents: bool | Unset
    created_by_user_id: None | str | Unset
    types: builtins.list[models.ToolTypeFilter] | None | Unset
    sort_direction: models.SortDirection | Unset
    sort_by: None | models.ToolSortBy | Unset
    cursor: None | str | Unset


class ConversationalAiToolsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    environment: str | Unset


class ConversationalAiToolsDeleteQuery(TypedDict, total=False):
    """The query parameters of `delete`, for passing them on as keyword arguments."""

    force: bool | Unset


class ConversationalAiToolsGetDependentAgentsQuery(TypedDict, total=False):
    """The query parameters of `get_dependent_agents`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset


class ConversationalAiToolsResource:
    """The operations of group `conversational_ai_tools`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiToolsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiToolsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def executions(self) -> ConversationalAiToolsExecutionsResource:
        """`conversational_ai_tools_executions` operations."""
        from ..conversational_ai_tools_executions import ConversationalAiToolsExecutionsResource

        return ConversationalAiToolsExecutionsResource(self._requester)

    def list(
        self,
        *,
        search: None | str | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        show_only_owned_documents: bool | Unset = UNSET,
        created_by_user_id: None | str | Unset = UNSET,
        types: builtins.list[models.ToolTypeFilter] | None | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: None | models.ToolSortBy | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolsResponseModel:
        """Get Tools

        Get all available tools in the workspace.

        `GET /v1/convai/tools`.

        Args:
            search (None | str | Unset): If specified, the endpoint returns only tools whose names start
                with this string.
            page_size (int | None | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30.
            show_only_owned_documents (bool | Unset): If set to true, the endpoint will return only
                tools owned by you (and not shared from somebody else). Deprecated: use created_by_user_id
                instead. Defaults to False on the server.
            created_by_user_id (None | str | Unset): Filter tools by creator user ID. When set, only
                tools created by this user are returned. Takes precedence over show_only_owned_documents.
                Use '@me' to refer to the authenticated user.
            types (list[ToolTypeFilter] | None | Unset): If present, the endpoint will return only tools
                of the given types.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (None | ToolSortBy | Unset): The field to sort the results by One of: created_at,
                name.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tools_list._get_kwargs(
            search=search,
            page_size=page_size,
            show_only_owned_documents=show_only_owned_documents,
            created_by_user_id=created_by_user_id,
            types=types,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tools_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiToolsListQuery],
    ) -> Iterator[models.ToolsResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_TOOLS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiToolsListQuery],
    ) -> Iterator[models.ToolResponseModel]:
        """Every item (`tools`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.tools

    @overload
    def create(
        self,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    @overload
    def create(
        self,
        *,
        request: models.ToolRequestModel | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    def create(
        self,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput
        | Unset = UNSET,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request: models.ToolRequestModel | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel:
        """Add Tool

        Add a new tool to the available tools in the workspace.

        `POST /v1/convai/tools`.

        Args:
            tool_config (ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput):
                Configuration for the tool
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            request (ToolRequestModel | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.tool_request_model import ToolRequestModel

        kwargs = conversational_ai_tools_create._get_kwargs(
            body=whole_request(
                "create",
                ToolRequestModel,
                request,
                {
                    "tool_config": tool_config,
                    "response_mocks": response_mocks,
                },
                required=("tool_config",),
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tools_create, request_options)

    def get(
        self,
        tool_id: str,
        *,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel:
        """Get Tool

        Get tool that is available in the workspace.

        `GET /v1/convai/tools/{tool_id}`.

        Args:
            tool_id (str): ID of the requested tool.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_get._get_kwargs(
            tool_id=tool_id,
            environment=environment,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tools_get, request_options)

    def delete(
        self,
        tool_id: str,
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Tool

        Delete tool from the workspace.

        `DELETE /v1/convai/tools/{tool_id}`.

        Args:
            tool_id (str): ID of the requested tool.
            force (bool | Unset): If set to true, the tool will be deleted regardless of whether it is
                used by any agents and it will be removed from the dependent agents and branches. Defaults
                to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_delete._get_kwargs(
            tool_id=tool_id,
            force=force,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tools_delete, request_options)

    @overload
    def update(
        self,
        tool_id: str,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    @overload
    def update(
        self,
        tool_id: str,
        *,
        request: models.ToolRequestModel | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    def update(
        self,
        tool_id: str,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput
        | Unset = UNSET,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request: models.ToolRequestModel | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel:
        """Update Tool

        Update tool that is available in the workspace.

        `PATCH /v1/convai/tools/{tool_id}`.

        Args:
            tool_id (str): ID of the requested tool.
            tool_config (ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput):
                Configuration for the tool
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            request (ToolRequestModel | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        from ...models.tool_request_model import ToolRequestModel

        kwargs = conversational_ai_tools_update._get_kwargs(
            tool_id=tool_id,
            body=whole_request(
                "update",
                ToolRequestModel,
                request,
                {
                    "tool_config": tool_config,
                    "response_mocks": response_mocks,
                },
                required=("tool_config",),
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tools_update, request_options)

    def get_dependent_agents(
        self,
        tool_id: str,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetToolDependentAgentsResponseModel:
        """Get Dependent Agents List

        Get a list of agents depending on this tool

        `GET /v1/convai/tools/{tool_id}/dependent-agents`.

        Args:
            tool_id (str): ID of the requested tool.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_get_dependent_agents._get_kwargs(
            tool_id=tool_id,
            cursor=cursor,
            page_size=page_size,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tools_get_dependent_agents, request_options)

    def iter_get_dependent_agents_pages(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsGetDependentAgentsQuery],
    ) -> Iterator[models.GetToolDependentAgentsResponseModel]:
        """Every page of `get_dependent_agents` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_dependent_agents, tool_id),
            query,
            _PAGING_CONVERSATIONAL_AI_TOOLS_GET_DEPENDENT_AGENTS,
        )

    def iter_get_dependent_agents(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsGetDependentAgentsQuery],
    ) -> Iterator[
        models.DependentAvailableAgentIdentifier | models.DependentUnknownAgentIdentifier | models.UnknownVariant
    ]:
        """Every item (`agents`) of every page of `get_dependent_agents` with these parameters."""
        for page in self.iter_get_dependent_agents_pages(tool_id, **query):
            yield from page.agents


class ConversationalAiToolsResourceWithRawResponse:
    """`ConversationalAiToolsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiToolsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.get_dependent_agents = raw_response(resource.get_dependent_agents)


class AsyncConversationalAiToolsResource:
    """The operations of group `conversational_ai_tools`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiToolsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiToolsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def executions(self) -> AsyncConversationalAiToolsExecutionsResource:
        """`conversational_ai_tools_executions` operations."""
        from ..conversational_ai_tools_executions import AsyncConversationalAiToolsExecutionsResource

        return AsyncConversationalAiToolsExecutionsResource(self._requester)

    async def list(
        self,
        *,
        search: None | str | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        show_only_owned_documents: bool | Unset = UNSET,
        created_by_user_id: None | str | Unset = UNSET,
        types: builtins.list[models.ToolTypeFilter] | None | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: None | models.ToolSortBy | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolsResponseModel:
        """Get Tools

        Get all available tools in the workspace.

        `GET /v1/convai/tools`.

        Args:
            search (None | str | Unset): If specified, the endpoint returns only tools whose names start
                with this string.
            page_size (int | None | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30.
            show_only_owned_documents (bool | Unset): If set to true, the endpoint will return only
                tools owned by you (and not shared from somebody else). Deprecated: use created_by_user_id
                instead. Defaults to False on the server.
            created_by_user_id (None | str | Unset): Filter tools by creator user ID. When set, only
                tools created by this user are returned. Takes precedence over show_only_owned_documents.
                Use '@me' to refer to the authenticated user.
            types (list[ToolTypeFilter] | None | Unset): If present, the endpoint will return only tools
                of the given types.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (None | ToolSortBy | Unset): The field to sort the results by One of: created_at,
                name.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_tools_list._get_kwargs(
            search=search,
            page_size=page_size,
            show_only_owned_documents=show_only_owned_documents,
            created_by_user_id=created_by_user_id,
            types=types,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tools_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiToolsListQuery],
    ) -> AsyncIterator[models.ToolsResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_TOOLS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiToolsListQuery],
    ) -> AsyncIterator[models.ToolResponseModel]:
        """Every item (`tools`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.tools:
                yield item

    @overload
    async def create(
        self,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    @overload
    async def create(
        self,
        *,
        request: models.ToolRequestModel | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    async def create(
        self,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput
        | Unset = UNSET,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request: models.ToolRequestModel | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel:
        """Add Tool

        Add a new tool to the available tools in the workspace.

        `POST /v1/convai/tools`.

        Args:
            tool_config (ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput):
                Configuration for the tool
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            request (ToolRequestModel | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.tool_request_model import ToolRequestModel

        kwargs = conversational_ai_tools_create._get_kwargs(
            body=whole_request(
                "create",
                ToolRequestModel,
                request,
                {
                    "tool_config": tool_config,
                    "response_mocks": response_mocks,
                },
                required=("tool_config",),
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tools_create, request_options)

    async def get(
        self,
        tool_id: str,
        *,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel:
        """Get Tool

        Get tool that is available in the workspace.

        `GET /v1/convai/tools/{tool_id}`.

        Args:
            tool_id (str): ID of the requested tool.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_get._get_kwargs(
            tool_id=tool_id,
            environment=environment,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tools_get, request_options)

    async def delete(
        self,
        tool_id: str,
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Tool

        Delete tool from the workspace.

        `DELETE /v1/convai/tools/{tool_id}`.

        Args:
            tool_id (str): ID of the requested tool.
            force (bool | Unset): If set to true, the tool will be deleted regardless of whether it is
                used by any agents and it will be removed from the dependent agents and branches. Defaults
                to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_delete._get_kwargs(
            tool_id=tool_id,
            force=force,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tools_delete, request_options)

    @overload
    async def update(
        self,
        tool_id: str,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    @overload
    async def update(
        self,
        tool_id: str,
        *,
        request: models.ToolRequestModel | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel: ...

    async def update(
        self,
        tool_id: str,
        tool_config: models.ClientToolConfigInput
        | models.McpToolConfigInput
        | models.SystemToolConfigInput
        | models.WebhookToolConfigInput
        | Unset = UNSET,
        *,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        request: models.ToolRequestModel | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ToolResponseModel:
        """Update Tool

        Update tool that is available in the workspace.

        `PATCH /v1/convai/tools/{tool_id}`.

        Args:
            tool_id (str): ID of the requested tool.
            tool_config (ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput):
                Configuration for the tool
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            request (ToolRequestModel | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        from ...models.tool_request_model import ToolRequestModel

        kwargs = conversational_ai_tools_update._get_kwargs(
            tool_id=tool_id,
            body=whole_request(
                "update",
                ToolRequestModel,
                request,
                {
                    "tool_config": tool_config,
                    "response_mocks": response_mocks,
                },
                required=("tool_config",),
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tools_update, request_options)

    async def get_dependent_agents(
        self,
        tool_id: str,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetToolDependentAgentsResponseModel:
        """Get Dependent Agents List

        Get a list of agents depending on this tool

        `GET /v1/convai/tools/{tool_id}/dependent-agents`.

        Args:
            tool_id (str): ID of the requested tool.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_get_dependent_agents._get_kwargs(
            tool_id=tool_id,
            cursor=cursor,
            page_size=page_size,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_tools_get_dependent_agents, request_options
        )

    def iter_get_dependent_agents_pages(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsGetDependentAgentsQuery],
    ) -> AsyncIterator[models.GetToolDependentAgentsResponseModel]:
        """Every page of `get_dependent_agents` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_dependent_agents, tool_id),
            query,
            _PAGING_CONVERSATIONAL_AI_TOOLS_GET_DEPENDENT_AGENTS,
        )

    async def iter_get_dependent_agents(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsGetDependentAgentsQuery],
    ) -> AsyncIterator[
        models.DependentAvailableAgentIdentifier | models.DependentUnknownAgentIdentifier | models.UnknownVariant
    ]:
        """Every item (`agents`) of every page of `get_dependent_agents` with these parameters."""
        async for page in self.iter_get_dependent_agents_pages(tool_id, **query):
            for item in page.agents:
                yield item


class AsyncConversationalAiToolsResourceWithRawResponse:
    """`AsyncConversationalAiToolsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiToolsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.get_dependent_agents = async_raw_response(resource.get_dependent_agents)
