"""`client.conversational_ai.mcp_servers.tool_configs`: the operations of group `conversational_ai_mcp_servers_tool_configs`, as methods of ConversationalAiMcpServersToolConfigsResource and AsyncConversationalAiMcpServersToolConfigsResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Literal, TypedDict

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
    conversational_ai_mcp_servers_tool_configs_create,
    conversational_ai_mcp_servers_tool_configs_delete,
    conversational_ai_mcp_servers_tool_configs_get,
    conversational_ai_mcp_servers_tool_configs_update,
)


def _parse_conversational_ai_mcp_servers_tool_configs_create(response: httpx.Response) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_mcp_servers_tool_configs_get(
    response: httpx.Response,
) -> models.McpToolConfigOverrideOutput:
    from ...models.mcp_tool_config_override_output import McpToolConfigOverrideOutput

    response_200 = McpToolConfigOverrideOutput.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_mcp_servers_tool_configs_delete(response: httpx.Response) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_mcp_servers_tool_configs_update(response: httpx.Response) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiMcpServersToolConfigsCreateQuery(TypedDict, total=False):
    """The query parameters of `create`, for passing them on as keyword arguments."""

    environment: str | Unset


class ConversationalAiMcpServersToolConfigsUpdateQuery(TypedDict, total=False):
    """The query parameters of `update`, for passing them on as keyword arguments."""

    environment: str | Unset


class ConversationalAiMcpServersToolConfigsResource:
    """The operations of group `conversational_ai_mcp_servers_tool_configs`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiMcpServersToolConfigsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiMcpServersToolConfigsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def create(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        force_pre_tool_speech: bool | None | Unset = UNSET,
        pre_tool_speech: None | models.PreToolSpeechMode | Unset = UNSET,
        disable_interruptions: bool | None | Unset = UNSET,
        interruption_mode: None | models.ToolInterruptionMode | Unset = UNSET,
        tool_call_sound: Literal["off"] | None | models.ToolCallSoundType | Unset = UNSET,
        tool_call_sound_behavior: None | models.ToolCallSoundBehavior | Unset = UNSET,
        execution_mode: None | models.ToolExecutionMode | Unset = UNSET,
        response_timeout_secs: int | None | Unset = UNSET,
        assignments: builtins.list[models.DynamicVariableAssignment] | None | Unset = UNSET,
        input_overrides: models.McpToolConfigOverrideCreateRequestModelInputOverridesType0 | None | Unset = UNSET,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Create Mcp Tool Configuration Override

        Create configuration overrides for a specific MCP tool.

        `POST /v1/convai/mcp-servers/{mcp_server_id}/tool-configs`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): The name of the MCP tool
            force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If
                set, overrides the server's force_pre_tool_speech setting for this tool.
            pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's
                pre_tool_speech setting for this tool. One of: auto, force, off.
            disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If
                set, overrides the server's disable_interruptions setting for this tool.
            interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's
                interruption_mode setting for this tool. One of: allow, disable_during_tool,
                disable_during_tool_and_turn.
            tool_call_sound (Literal['off'] | None | ToolCallSoundType | Unset): Overrides the server's
                tool_call_sound setting for this tool. A sound name plays that sound; 'off' overrides to no
                sound (silence); null means do not override (inherit the server default). One of: elevator1,
                elevator2, elevator3, elevator4, typing.
            tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): If set, overrides the
                server's tool_call_sound_behavior setting for this tool One of: always, auto.
            execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's
                execution_mode setting for this tool One of: async, immediate, post_tool_speech.
            response_timeout_secs (int | None | Unset): If set, overrides the server's response timeout
                for this MCP tool.
            assignments (list[DynamicVariableAssignment] | None | Unset): Dynamic variable assignments
                for this MCP tool
            input_overrides (McpToolConfigOverrideCreateRequestModelInputOverridesType0 | None | Unset):
                Mapping of json path to input override configuration
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_tool_config_override_create_request_model import McpToolConfigOverrideCreateRequestModel

        kwargs = conversational_ai_mcp_servers_tool_configs_create._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpToolConfigOverrideCreateRequestModel(
                tool_name=tool_name,
                force_pre_tool_speech=force_pre_tool_speech,
                pre_tool_speech=pre_tool_speech,
                disable_interruptions=disable_interruptions,
                interruption_mode=interruption_mode,
                tool_call_sound=tool_call_sound,
                tool_call_sound_behavior=tool_call_sound_behavior,
                execution_mode=execution_mode,
                response_timeout_secs=response_timeout_secs,
                assignments=assignments,
                input_overrides=input_overrides,
                response_mocks=response_mocks,
            ),
            environment=environment,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_configs_create, request_options
        )

    def get(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpToolConfigOverrideOutput:
        """Get Mcp Tool Configuration Override

        Retrieve configuration overrides for a specific MCP tool.

        `GET /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to retrieve config overrides for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        kwargs = conversational_ai_mcp_servers_tool_configs_get._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_tool_configs_get, request_options)

    def delete(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Delete Mcp Tool Configuration Override

        Remove configuration overrides for a specific MCP tool.

        `DELETE /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to remove config overrides for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        kwargs = conversational_ai_mcp_servers_tool_configs_delete._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_configs_delete, request_options
        )

    def update(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        force_pre_tool_speech: bool | None | Unset = UNSET,
        pre_tool_speech: None | models.PreToolSpeechMode | Unset = UNSET,
        disable_interruptions: bool | None | Unset = UNSET,
        interruption_mode: None | models.ToolInterruptionMode | Unset = UNSET,
        tool_call_sound: Literal["off"] | None | models.ToolCallSoundType | Unset = UNSET,
        tool_call_sound_behavior: None | models.ToolCallSoundBehavior | Unset = UNSET,
        execution_mode: None | models.ToolExecutionMode | Unset = UNSET,
        response_timeout_secs: int | None | Unset = UNSET,
        assignments: builtins.list[models.DynamicVariableAssignment] | None | Unset = UNSET,
        input_overrides: models.McpToolConfigOverrideUpdateRequestModelInputOverridesType0 | None | Unset = UNSET,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Update Mcp Tool Configuration Override

        Update configuration overrides for a specific MCP tool.

        `PATCH /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to update config overrides for.
            force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If
                set, overrides the server's force_pre_tool_speech setting for this tool.
            pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's
                pre_tool_speech setting for this tool. One of: auto, force, off.
            disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If
                set, overrides the server's disable_interruptions setting for this tool.
            interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's
                interruption_mode setting for this tool. One of: allow, disable_during_tool,
                disable_during_tool_and_turn.
            tool_call_sound (Literal['off'] | None | ToolCallSoundType | Unset): Overrides the server's
                tool_call_sound setting for this tool. A sound name plays that sound; 'off' overrides to no
                sound (silence); null means do not override (inherit the server default). One of: elevator1,
                elevator2, elevator3, elevator4, typing.
            tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): If set, overrides the
                server's tool_call_sound_behavior setting for this tool One of: always, auto.
            execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's
                execution_mode setting for this tool One of: async, immediate, post_tool_speech.
            response_timeout_secs (int | None | Unset): If set, overrides the server's response timeout
                for this MCP tool.
            assignments (list[DynamicVariableAssignment] | None | Unset): Dynamic variable assignments
                for this MCP tool
            input_overrides (McpToolConfigOverrideUpdateRequestModelInputOverridesType0 | None | Unset):
                Mapping of json path to input override configuration
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        from ...models.mcp_tool_config_override_update_request_model import McpToolConfigOverrideUpdateRequestModel

        kwargs = conversational_ai_mcp_servers_tool_configs_update._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            body=McpToolConfigOverrideUpdateRequestModel(
                force_pre_tool_speech=force_pre_tool_speech,
                pre_tool_speech=pre_tool_speech,
                disable_interruptions=disable_interruptions,
                interruption_mode=interruption_mode,
                tool_call_sound=tool_call_sound,
                tool_call_sound_behavior=tool_call_sound_behavior,
                execution_mode=execution_mode,
                response_timeout_secs=response_timeout_secs,
                assignments=assignments,
                input_overrides=input_overrides,
                response_mocks=response_mocks,
            ),
            environment=environment,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_configs_update, request_options
        )


class ConversationalAiMcpServersToolConfigsResourceWithRawResponse:
    """`ConversationalAiMcpServersToolConfigsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiMcpServersToolConfigsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncConversationalAiMcpServersToolConfigsResource:
    """The operations of group `conversational_ai_mcp_servers_tool_configs`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiMcpServersToolConfigsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiMcpServersToolConfigsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        force_pre_tool_speech: bool | None | Unset = UNSET,
        pre_tool_speech: None | models.PreToolSpeechMode | Unset = UNSET,
        disable_interruptions: bool | None | Unset = UNSET,
        interruption_mode: None | models.ToolInterruptionMode | Unset = UNSET,
        tool_call_sound: Literal["off"] | None | models.ToolCallSoundType | Unset = UNSET,
        tool_call_sound_behavior: None | models.ToolCallSoundBehavior | Unset = UNSET,
        execution_mode: None | models.ToolExecutionMode | Unset = UNSET,
        response_timeout_secs: int | None | Unset = UNSET,
        assignments: builtins.list[models.DynamicVariableAssignment] | None | Unset = UNSET,
        input_overrides: models.McpToolConfigOverrideCreateRequestModelInputOverridesType0 | None | Unset = UNSET,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Create Mcp Tool Configuration Override

        Create configuration overrides for a specific MCP tool.

        `POST /v1/convai/mcp-servers/{mcp_server_id}/tool-configs`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): The name of the MCP tool
            force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If
                set, overrides the server's force_pre_tool_speech setting for this tool.
            pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's
                pre_tool_speech setting for this tool. One of: auto, force, off.
            disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If
                set, overrides the server's disable_interruptions setting for this tool.
            interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's
                interruption_mode setting for this tool. One of: allow, disable_during_tool,
                disable_during_tool_and_turn.
            tool_call_sound (Literal['off'] | None | ToolCallSoundType | Unset): Overrides the server's
                tool_call_sound setting for this tool. A sound name plays that sound; 'off' overrides to no
                sound (silence); null means do not override (inherit the server default). One of: elevator1,
                elevator2, elevator3, elevator4, typing.
            tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): If set, overrides the
                server's tool_call_sound_behavior setting for this tool One of: always, auto.
            execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's
                execution_mode setting for this tool One of: async, immediate, post_tool_speech.
            response_timeout_secs (int | None | Unset): If set, overrides the server's response timeout
                for this MCP tool.
            assignments (list[DynamicVariableAssignment] | None | Unset): Dynamic variable assignments
                for this MCP tool
            input_overrides (McpToolConfigOverrideCreateRequestModelInputOverridesType0 | None | Unset):
                Mapping of json path to input override configuration
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_tool_config_override_create_request_model import McpToolConfigOverrideCreateRequestModel

        kwargs = conversational_ai_mcp_servers_tool_configs_create._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpToolConfigOverrideCreateRequestModel(
                tool_name=tool_name,
                force_pre_tool_speech=force_pre_tool_speech,
                pre_tool_speech=pre_tool_speech,
                disable_interruptions=disable_interruptions,
                interruption_mode=interruption_mode,
                tool_call_sound=tool_call_sound,
                tool_call_sound_behavior=tool_call_sound_behavior,
                execution_mode=execution_mode,
                response_timeout_secs=response_timeout_secs,
                assignments=assignments,
                input_overrides=input_overrides,
                response_mocks=response_mocks,
            ),
            environment=environment,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_configs_create, request_options
        )

    async def get(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpToolConfigOverrideOutput:
        """Get Mcp Tool Configuration Override

        Retrieve configuration overrides for a specific MCP tool.

        `GET /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to retrieve config overrides for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        kwargs = conversational_ai_mcp_servers_tool_configs_get._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_configs_get, request_options
        )

    async def delete(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Delete Mcp Tool Configuration Override

        Remove configuration overrides for a specific MCP tool.

        `DELETE /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to remove config overrides for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        kwargs = conversational_ai_mcp_servers_tool_configs_delete._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_configs_delete, request_options
        )

    async def update(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        force_pre_tool_speech: bool | None | Unset = UNSET,
        pre_tool_speech: None | models.PreToolSpeechMode | Unset = UNSET,
        disable_interruptions: bool | None | Unset = UNSET,
        interruption_mode: None | models.ToolInterruptionMode | Unset = UNSET,
        tool_call_sound: Literal["off"] | None | models.ToolCallSoundType | Unset = UNSET,
        tool_call_sound_behavior: None | models.ToolCallSoundBehavior | Unset = UNSET,
        execution_mode: None | models.ToolExecutionMode | Unset = UNSET,
        response_timeout_secs: int | None | Unset = UNSET,
        assignments: builtins.list[models.DynamicVariableAssignment] | None | Unset = UNSET,
        input_overrides: models.McpToolConfigOverrideUpdateRequestModelInputOverridesType0 | None | Unset = UNSET,
        response_mocks: builtins.list[models.ToolResponseMockConfigInput] | None | Unset = UNSET,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Update Mcp Tool Configuration Override

        Update configuration overrides for a specific MCP tool.

        `PATCH /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to update config overrides for.
            force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If
                set, overrides the server's force_pre_tool_speech setting for this tool.
            pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's
                pre_tool_speech setting for this tool. One of: auto, force, off.
            disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If
                set, overrides the server's disable_interruptions setting for this tool.
            interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's
                interruption_mode setting for this tool. One of: allow, disable_during_tool,
                disable_during_tool_and_turn.
            tool_call_sound (Literal['off'] | None | ToolCallSoundType | Unset): Overrides the server's
                tool_call_sound setting for this tool. A sound name plays that sound; 'off' overrides to no
                sound (silence); null means do not override (inherit the server default). One of: elevator1,
                elevator2, elevator3, elevator4, typing.
            tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): If set, overrides the
                server's tool_call_sound_behavior setting for this tool One of: always, auto.
            execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's
                execution_mode setting for this tool One of: async, immediate, post_tool_speech.
            response_timeout_secs (int | None | Unset): If set, overrides the server's response timeout
                for this MCP tool.
            assignments (list[DynamicVariableAssignment] | None | Unset): Dynamic variable assignments
                for this MCP tool
            input_overrides (McpToolConfigOverrideUpdateRequestModelInputOverridesType0 | None | Unset):
                Mapping of json path to input override configuration
            response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with
                optional parameter conditions. Evaluated top-to-bottom; first match wins.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        from ...models.mcp_tool_config_override_update_request_model import McpToolConfigOverrideUpdateRequestModel

        kwargs = conversational_ai_mcp_servers_tool_configs_update._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            body=McpToolConfigOverrideUpdateRequestModel(
                force_pre_tool_speech=force_pre_tool_speech,
                pre_tool_speech=pre_tool_speech,
                disable_interruptions=disable_interruptions,
                interruption_mode=interruption_mode,
                tool_call_sound=tool_call_sound,
                tool_call_sound_behavior=tool_call_sound_behavior,
                execution_mode=execution_mode,
                response_timeout_secs=response_timeout_secs,
                assignments=assignments,
                input_overrides=input_overrides,
                response_mocks=response_mocks,
            ),
            environment=environment,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_configs_update, request_options
        )


class AsyncConversationalAiMcpServersToolConfigsResourceWithRawResponse:
    """`AsyncConversationalAiMcpServersToolConfigsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiMcpServersToolConfigsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
