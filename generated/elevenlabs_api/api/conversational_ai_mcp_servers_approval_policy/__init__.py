"""`client.conversational_ai.mcp_servers.approval_policy`: the operations of group `conversational_ai_mcp_servers_approval_policy`, as methods of ConversationalAiMcpServersApprovalPolicyResource and AsyncConversationalAiMcpServersApprovalPolicyResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
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
from . import conversational_ai_mcp_servers_approval_policy_update


def _parse_conversational_ai_mcp_servers_approval_policy_update(
    response: httpx.Response,
) -> models.McpServerResponseModel:
    from ...models.mcp_server_response_model import McpServerResponseModel

    response_200 = McpServerResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiMcpServersApprovalPolicyResource:
    """The operations of group `conversational_ai_mcp_servers_approval_policy`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiMcpServersApprovalPolicyResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiMcpServersApprovalPolicyResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def update(
        self,
        mcp_server_id: str,
        approval_policy: models.McpApprovalPolicy,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Deprecated: Update Mcp Server Approval Policy

        Deprecated. Update the approval policy configuration for an MCP server. DEPRECATED: Use PATCH /mcp-
        servers/{id} endpoint instead.

        `PATCH /v1/convai/mcp-servers/{mcp_server_id}/approval-policy`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            approval_policy (McpApprovalPolicy): Defines the MCP server-level approval policy for tool
                execution. One of: auto_approve_all, require_approval_all, require_approval_per_tool.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_approval_policy_update_request_model import McpApprovalPolicyUpdateRequestModel

        kwargs = conversational_ai_mcp_servers_approval_policy_update._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpApprovalPolicyUpdateRequestModel(
                approval_policy=approval_policy,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_approval_policy_update, request_options
        )


class ConversationalAiMcpServersApprovalPolicyResourceWithRawResponse:
    """`ConversationalAiMcpServersApprovalPolicyResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiMcpServersApprovalPolicyResource) -> None:
        self.update = raw_response(resource.update)


class AsyncConversationalAiMcpServersApprovalPolicyResource:
    """The operations of group `conversational_ai_mcp_servers_approval_policy`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiMcpServersApprovalPolicyResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiMcpServersApprovalPolicyResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def update(
        self,
        mcp_server_id: str,
        approval_policy: models.McpApprovalPolicy,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.McpServerResponseModel:
        """Deprecated: Update Mcp Server Approval Policy

        Deprecated. Update the approval policy configuration for an MCP server. DEPRECATED: Use PATCH /mcp-
        servers/{id} endpoint instead.

        `PATCH /v1/convai/mcp-servers/{mcp_server_id}/approval-policy`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            approval_policy (McpApprovalPolicy): Defines the MCP server-level approval policy for tool
                execution. One of: auto_approve_all, require_approval_all, require_approval_per_tool.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        from ...models.mcp_approval_policy_update_request_model import McpApprovalPolicyUpdateRequestModel

        kwargs = conversational_ai_mcp_servers_approval_policy_update._get_kwargs(
            mcp_server_id=mcp_server_id,
            body=McpApprovalPolicyUpdateRequestModel(
                approval_policy=approval_policy,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_mcp_servers_approval_policy_update, request_options
        )


class AsyncConversationalAiMcpServersApprovalPolicyResourceWithRawResponse:
    """`AsyncConversationalAiMcpServersApprovalPolicyResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiMcpServersApprovalPolicyResource) -> None:
        self.update = async_raw_response(resource.update)
