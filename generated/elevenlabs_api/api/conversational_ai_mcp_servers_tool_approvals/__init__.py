"""`client.conversational_ai.mcp_servers.tool_approvals`: the operations of group `conversational_ai_mcp_servers_tool_approvals`, as methods of ConversationalAiMcpServersToolApprovalsResource and AsyncConversationalAiMcpServersToolApprovalsResource."""

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
from . import conversational_ai_mcp_servers_tool_approvals_create, conversational_ai_mcp_servers_tool_approvals_delete


def _parse_conversational_ai_mcp_servers_tool_approvals_create(
    response: httpx.Response,
) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_mcp_servers_tool_approvals_delete(
    response: httpx.Response,
) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiMcpServersToolApprovalsResource:
    """The operations of group `conversational_ai_mcp_servers_tool_approvals`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiMcpServersToolApprovalsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiMcpServersToolApprovalsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def create(
        self,
        mcp_server_id: str,
        tool_name: str,
        tool_description: str,
        *,
        input_schema: models.McpToolAddApprovalRequestModelInputSchema | Unset = UNSET,
        approval_policy: models.McpToolApprovalPolicy | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Create Mcp Server Tool Approval

        Add approval for a specific MCP tool when using per-tool approval mode.

        `POST /v1/convai/mcp-servers/{mcp_server_id}/tool-approvals`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): The name of the MCP tool
            tool_description (str): The description of the MCP tool
            input_schema (McpToolAddApprovalRequestModelInputSchema | Unset): The input schema of the
                MCP tool (the schema defined on the MCP server before ElevenLabs does any extra processing)
            approval_policy (McpToolApprovalPolicy | Unset): Defines the tool-level approval policy. One
                of: auto_approved, requires_approval.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_tool_add_approval_request_model import McpToolAddApprovalRequestModel

        kwargs = conversational_ai_mcp_servers_tool_approvals_create._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpToolAddApprovalRequestModel(
                tool_name=tool_name,
                tool_description=tool_description,
                input_schema=input_schema,
                approval_policy=approval_policy,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_approvals_create, request_options
        )

    def delete(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Delete Mcp Server Tool Approval

        Remove approval for a specific MCP tool when using per-tool approval mode.

        `DELETE /v1/convai/mcp-servers/{mcp_server_id}/tool-approvals/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to remove approval for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        kwargs = conversational_ai_mcp_servers_tool_approvals_delete._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_approvals_delete, request_options
        )


class ConversationalAiMcpServersToolApprovalsResourceWithRawResponse:
    """`ConversationalAiMcpServersToolApprovalsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiMcpServersToolApprovalsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)


class AsyncConversationalAiMcpServersToolApprovalsResource:
    """The operations of group `conversational_ai_mcp_servers_tool_approvals`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiMcpServersToolApprovalsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiMcpServersToolApprovalsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        mcp_server_id: str,
        tool_name: str,
        tool_description: str,
        *,
        input_schema: models.McpToolAddApprovalRequestModelInputSchema | Unset = UNSET,
        approval_policy: models.McpToolApprovalPolicy | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Create Mcp Server Tool Approval

        Add approval for a specific MCP tool when using per-tool approval mode.

        `POST /v1/convai/mcp-servers/{mcp_server_id}/tool-approvals`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): The name of the MCP tool
            tool_description (str): The description of the MCP tool
            input_schema (McpToolAddApprovalRequestModelInputSchema | Unset): The input schema of the
                MCP tool (the schema defined on the MCP server before ElevenLabs does any extra processing)
            approval_policy (McpToolApprovalPolicy | Unset): Defines the tool-level approval policy. One
                of: auto_approved, requires_approval.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_tool_add_approval_request_model import McpToolAddApprovalRequestModel

        kwargs = conversational_ai_mcp_servers_tool_approvals_create._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpToolAddApprovalRequestModel(
                tool_name=tool_name,
                tool_description=tool_description,
                input_schema=input_schema,
                approval_policy=approval_policy,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_approvals_create, request_options
        )

    async def delete(
        self,
        mcp_server_id: str,
        tool_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Delete Mcp Server Tool Approval

        Remove approval for a specific MCP tool when using per-tool approval mode.

        `DELETE /v1/convai/mcp-servers/{mcp_server_id}/tool-approvals/{tool_name}`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            tool_name (str): Name of the MCP tool to remove approval for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        check_path_parameter("tool_name", tool_name)
        kwargs = conversational_ai_mcp_servers_tool_approvals_delete._get_kwargs(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_tool_approvals_delete, request_options
        )


class AsyncConversationalAiMcpServersToolApprovalsResourceWithRawResponse:
    """`AsyncConversationalAiMcpServersToolApprovalsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiMcpServersToolApprovalsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
