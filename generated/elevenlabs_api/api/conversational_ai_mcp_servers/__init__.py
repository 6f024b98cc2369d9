"""`client.conversational_ai.mcp_servers`: the operations of group `conversational_ai_mcp_servers`, as methods of ConversationalAiMcpServersResource and AsyncConversationalAiMcpServersResource."""

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..conversational_ai_mcp_servers_approval_policy import (
        AsyncConversationalAiMcpServersApprovalPolicyResource,
        ConversationalAiMcpServersApprovalPolicyResource,
    )
    from ..conversational_ai_mcp_servers_tool_approvals import (
        AsyncConversationalAiMcpServersToolApprovalsResource,
        ConversationalAiMcpServersToolApprovalsResource,
    )
    from ..conversational_ai_mcp_servers_tool_configs import (
        AsyncConversationalAiMcpServersToolConfigsResource,
        ConversationalAiMcpServersToolConfigsResource,
    )
    from ..conversational_ai_mcp_servers_tools import (
        AsyncConversationalAiMcpServersToolsResource,
        ConversationalAiMcpServersToolsResource,
    )
from . import (
    conversational_ai_mcp_servers_create,
    conversational_ai_mcp_servers_delete,
    conversational_ai_mcp_servers_get,
    conversational_ai_mcp_servers_list,
    conversational_ai_mcp_servers_update,
)


def _parse_conversational_ai_mcp_servers_list(response: httpx.Response) -> models.McpServersResponseModel:
    from ...models.mcp_servers_response_model import McpServersResponseModel

    response_200 = McpServersResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_mcp_servers_create(response: httpx.Response) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_mcp_servers_get(response: httpx.Response) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_mcp_servers_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_mcp_servers_update(response: httpx.Response) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiMcpServersResource:
    """The operations of group `conversational_ai_mcp_servers`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiMcpServersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiMcpServersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def approval_policy(self) -> ConversationalAiMcpServersApprovalPolicyResource:
        """`conversational_ai_mcp_servers_approval_policy` operations."""
        from ..conversational_ai_mcp_servers_approval_policy import ConversationalAiMcpServersApprovalPolicyResource

        return ConversationalAiMcpServersApprovalPolicyResource(self._requester)

    @functools.cached_property
    def tool_approvals(self) -> ConversationalAiMcpServersToolApprovalsResource:
        """`conversational_ai_mcp_servers_tool_approvals` operations."""
        from ..conversational_ai_mcp_servers_tool_approvals import ConversationalAiMcpServersToolApprovalsResource

        return ConversationalAiMcpServersToolApprovalsResource(self._requester)

    @functools.cached_property
    def tool_configs(self) -> ConversationalAiMcpServersToolConfigsResource:
        """`conversational_ai_mcp_servers_tool_configs` operations."""
        from ..conversational_ai_mcp_servers_tool_configs import ConversationalAiMcpServersToolConfigsResource

        return ConversationalAiMcpServersToolConfigsResource(self._requester)

    @functools.cached_property
    def tools(self) -> ConversationalAiMcpServersToolsResource:
        """`conversational_ai_mcp_servers_tools` operations."""
        from ..conversational_ai_mcp_servers_tools import ConversationalAiMcpServersToolsResource

        return ConversationalAiMcpServersToolsResource(self._requester)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServersResponseModel:
        """List Mcp Servers

        Retrieve all MCP server configurations available in the workspace.

        `GET /v1/convai/mcp-servers`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_mcp_servers_list._get_kwargs()

        return self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_list, request_options)

    def create(
        self,
        config: models.McpServerConfigInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Create Mcp Server

        Create a new MCP server configuration in the workspace.

        `POST /v1/convai/mcp-servers`.

        Args:
            config (McpServerConfigInput):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.mcp_server_request_model import McpServerRequestModel

        kwargs = conversational_ai_mcp_servers_create._get_kwargs(
            body=McpServerRequestModel(
                config=config,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_create, request_options)

    def get(
        self,
        mcp_server_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Get Mcp Server

        Retrieve a specific MCP server configuration from the workspace.

        `GET /v1/convai/mcp-servers/{mcp_server_id}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        kwargs = conversational_ai_mcp_servers_get._get_kwargs(
            mcp_server_id=mcp_server_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_get, request_options)

    def delete(
        self,
        mcp_server_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Mcp Server

        Delete a specific MCP server configuration from the workspace.

        `DELETE /v1/convai/mcp-servers/{mcp_server_id}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        kwargs = conversational_ai_mcp_servers_delete._get_kwargs(
            mcp_server_id=mcp_server_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_delete, request_options)

    def update(
        self,
        mcp_server_id: str,
        *,
        approval_policy: models.McpApprovalPolicy | None | Unset = UNSET,
        force_pre_tool_speech: bool | None | Unset = UNSET,
        pre_tool_speech: None | models.PreToolSpeechMode | Unset = UNSET,
        disable_interruptions: bool | None | Unset = UNSET,
        interruption_mode: None | models.ToolInterruptionMode | Unset = UNSET,
        tool_call_sound: None | models.ToolCallSoundType | Unset = UNSET,
        tool_call_sound_behavior: None | models.ToolCallSoundBehavior | Unset = UNSET,
        execution_mode: None | models.ToolExecutionMode | Unset = UNSET,
        response_timeout_secs: int | None | Unset = UNSET,
        request_headers: models.McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset = UNSET,
        request_meta: models.McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset = UNSET,
        disable_compression: bool | None | Unset = UNSET,
        secret_token: models.ConvAiSecretLocator | None | Unset = UNSET,
        auth_connection: models.AuthConnectionLocator | models.EnvironmentAuthConnectionLocator | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Update Mcp Server Configuration

        Update the configuration settings for an MCP server.

        `PATCH /v1/convai/mcp-servers/{mcp_server_id}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            approval_policy (McpApprovalPolicy | None | Unset): The approval mode to set for the MCP
                server One of: auto_approve_all, require_approval_all, require_approval_per_tool.
            force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If
                set, overrides the server's force_pre_tool_speech setting for this tool.
            pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's
                pre_tool_speech setting for this tool. One of: auto, force, off.
            disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If
                set, overrides the server's disable_interruptions setting for this tool.
            interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's
                interruption_mode setting for this tool. One of: allow, disable_during_tool,
                disable_during_tool_and_turn.
            tool_call_sound (None | ToolCallSoundType | Unset): Predefined tool call sound type to play
                during tool execution for all tools from this MCP server One of: elevator1, elevator2,
                elevator3, elevator4, typing.
            tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): Determines when the tool
                call sound should play for all tools from this MCP server One of: always, auto.
            execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's
                execution_mode setting for this tool One of: async, immediate, post_tool_speech.
            response_timeout_secs (int | None | Unset): The maximum time in seconds to wait for each MCP
                tool call to complete.
            request_headers (McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset): The
                headers to include in requests to the MCP server
            request_meta (McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset): Entries
                sent in the MCP `_meta` field of tools/call requests. Values may be JSON scalars, or
                references to a workspace secret, dynamic variable, or environment variable resolved per
                call.
            disable_compression (bool | None | Unset): Whether to disable HTTP compression for this MCP
                server
            secret_token (ConvAiSecretLocator | None | Unset): Optional secret token for authentication
                with this MCP server
            auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset):
                Optional auth connection to use for authentication with this MCP server
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_server_config_update_request_model import McpServerConfigUpdateRequestModel

        kwargs = conversational_ai_mcp_servers_update._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpServerConfigUpdateRequestModel(
                approval_policy=approval_policy,
                force_pre_tool_speech=force_pre_tool_speech,
                pre_tool_speech=pre_tool_speech,
                disable_interruptions=disable_interruptions,
                interruption_mode=interruption_mode,
                tool_call_sound=tool_call_sound,
                tool_call_sound_behavior=tool_call_sound_behavior,
                execution_mode=execution_mode,
                response_timeout_secs=response_timeout_secs,
                request_headers=request_headers,
                request_meta=request_meta,
                disable_compression=disable_compression,
                secret_token=secret_token,
                auth_connection=auth_connection,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_update, request_options)


class ConversationalAiMcpServersResourceWithRawResponse:
    """`ConversationalAiMcpServersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiMcpServersResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncConversationalAiMcpServersResource:
    """The operations of group `conversational_ai_mcp_servers`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiMcpServersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiMcpServersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def approval_policy(self) -> AsyncConversationalAiMcpServersApprovalPolicyResource:
        """`conversational_ai_mcp_servers_approval_policy` operations."""
        from ..conversational_ai_mcp_servers_approval_policy import (
            AsyncConversationalAiMcpServersApprovalPolicyResource,
        )

        return AsyncConversationalAiMcpServersApprovalPolicyResource(self._requester)

    @functools.cached_property
    def tool_approvals(self) -> AsyncConversationalAiMcpServersToolApprovalsResource:
        """`conversational_ai_mcp_servers_tool_approvals` operations."""
        from ..conversational_ai_mcp_servers_tool_approvals import AsyncConversationalAiMcpServersToolApprovalsResource

        return AsyncConversationalAiMcpServersToolApprovalsResource(self._requester)

    @functools.cached_property
    def tool_configs(self) -> AsyncConversationalAiMcpServersToolConfigsResource:
        """`conversational_ai_mcp_servers_tool_configs` operations."""
        from ..conversational_ai_mcp_servers_tool_configs import AsyncConversationalAiMcpServersToolConfigsResource

        return AsyncConversationalAiMcpServersToolConfigsResource(self._requester)

    @functools.cached_property
    def tools(self) -> AsyncConversationalAiMcpServersToolsResource:
        """`conversational_ai_mcp_servers_tools` operations."""
        from ..conversational_ai_mcp_servers_tools import AsyncConversationalAiMcpServersToolsResource

        return AsyncConversationalAiMcpServersToolsResource(self._requester)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServersResponseModel:
        """List Mcp Servers

        Retrieve all MCP server configurations available in the workspace.

        `GET /v1/convai/mcp-servers`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_mcp_servers_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_list, request_options)

    async def create(
        self,
        config: models.McpServerConfigInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Create Mcp Server

        Create a new MCP server configuration in the workspace.

        `POST /v1/convai/mcp-servers`.

        Args:
            config (McpServerConfigInput):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.mcp_server_request_model import McpServerRequestModel

        kwargs = conversational_ai_mcp_servers_create._get_kwargs(
            body=McpServerRequestModel(
                config=config,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_create, request_options)

    async def get(
        self,
        mcp_server_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Get Mcp Server

        Retrieve a specific MCP server configuration from the workspace.

        `GET /v1/convai/mcp-servers/{mcp_server_id}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        kwargs = conversational_ai_mcp_servers_get._get_kwargs(
            mcp_server_id=mcp_server_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_get, request_options)

    async def delete(
        self,
        mcp_server_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Mcp Server

        Delete a specific MCP server configuration from the workspace.

        `DELETE /v1/convai/mcp-servers/{mcp_server_id}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        kwargs = conversational_ai_mcp_servers_delete._get_kwargs(
            mcp_server_id=mcp_server_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_delete, request_options)

    async def update(
        self,
        mcp_server_id: str,
        *,
        approval_policy: models.McpApprovalPolicy | None | Unset = UNSET,
        force_pre_tool_speech: bool | None | Unset = UNSET,
        pre_tool_speech: None | models.PreToolSpeechMode | Unset = UNSET,
        disable_interruptions: bool | None | Unset = UNSET,
        interruption_mode: None | models.ToolInterruptionMode | Unset = UNSET,
        tool_call_sound: None | models.ToolCallSoundType | Unset = UNSET,
        tool_call_sound_behavior: None | models.ToolCallSoundBehavior | Unset = UNSET,
        execution_mode: None | models.ToolExecutionMode | Unset = UNSET,
        response_timeout_secs: int | None | Unset = UNSET,
        request_headers: models.McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset = UNSET,
        request_meta: models.McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset = UNSET,
        disable_compression: bool | None | Unset = UNSET,
        secret_token: models.ConvAiSecretLocator | None | Unset = UNSET,
        auth_connection: models.AuthConnectionLocator | models.EnvironmentAuthConnectionLocator | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Update Mcp Server Configuration

        Update the configuration settings for an MCP server.

        `PATCH /v1/convai/mcp-servers/{mcp_server_id}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            approval_policy (McpApprovalPolicy | None | Unset): The approval mode to set for the MCP
                server One of: auto_approve_all, require_approval_all, require_approval_per_tool.
            force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If
                set, overrides the server's force_pre_tool_speech setting for this tool.
            pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's
                pre_tool_speech setting for this tool. One of: auto, force, off.
            disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If
                set, overrides the server's disable_interruptions setting for this tool.
            interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's
                interruption_mode setting for this tool. One of: allow, disable_during_tool,
                disable_during_tool_and_turn.
            tool_call_sound (None | ToolCallSoundType | Unset): Predefined tool call sound type to play
                during tool execution for all tools from this MCP server One of: elevator1, elevator2,
                elevator3, elevator4, typing.
            tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): Determines when the tool
                call sound should play for all tools from this MCP server One of: always, auto.
            execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's
                execution_mode setting for this tool One of: async, immediate, post_tool_speech.
            response_timeout_secs (int | None | Unset): The maximum time in seconds to wait for each MCP
                tool call to complete.
            request_headers (McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset): The
                headers to include in requests to the MCP server
            request_meta (McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset): Entries
                sent in the MCP `_meta` field of tools/call requests. Values may be JSON scalars, or
                references to a workspace secret, dynamic variable, or environment variable resolved per
                call.
            disable_compression (bool | None | Unset): Whether to disable HTTP compression for this MCP
                server
            secret_token (ConvAiSecretLocator | None | Unset): Optional secret token for authentication
                with this MCP server
            auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset):
                Optional auth connection to use for authentication with this MCP server
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_server_config_update_request_model import McpServerConfigUpdateRequestModel

        kwargs = conversational_ai_mcp_servers_update._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpServerConfigUpdateRequestModel(
                approval_policy=approval_policy,
                force_pre_tool_speech=force_pre_tool_speech,
                pre_tool_speech=pre_tool_speech,
                disable_interruptions=disable_interruptions,
                interruption_mode=interruption_mode,
                tool_call_sound=tool_call_sound,
                tool_call_sound_behavior=tool_call_sound_behavior,
                execution_mode=execution_mode,
                response_timeout_secs=response_timeout_secs,
                request_headers=request_headers,
                request_meta=request_meta,
                disable_compression=disable_compression,
                secret_token=secret_token,
                auth_connection=auth_connection,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_update, request_options)


class AsyncConversationalAiMcpServersResourceWithRawResponse:
    """`AsyncConversationalAiMcpServersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiMcpServersResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
