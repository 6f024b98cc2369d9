"""`client.conversational_ai`: the operations of group `conversational_ai`, as methods of ConversationalAiResource and AsyncConversationalAiResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
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
    from ... import models, realtime
else:
    from .. import lazy_models as models
    from .. import lazy_realtime as realtime

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from .. import (
        AsyncConversationalAiAnalyticsResource,
        AsyncConversationalAiDashboardResource,
        ConversationalAiAnalyticsResource,
        ConversationalAiDashboardResource,
    )
    from ..conversational_ai_agents import AsyncConversationalAiAgentsResource, ConversationalAiAgentsResource
    from ..conversational_ai_batch_calls import (
        AsyncConversationalAiBatchCallsResource,
        ConversationalAiBatchCallsResource,
    )
    from ..conversational_ai_conversations import (
        AsyncConversationalAiConversationsResource,
        ConversationalAiConversationsResource,
    )
    from ..conversational_ai_exotel import AsyncConversationalAiExotelResource, ConversationalAiExotelResource
    from ..conversational_ai_knowledge_base import (
        AsyncConversationalAiKnowledgeBaseResource,
        ConversationalAiKnowledgeBaseResource,
    )
    from ..conversational_ai_llm import AsyncConversationalAiLlmResource, ConversationalAiLlmResource
    from ..conversational_ai_llm_usage import AsyncConversationalAiLlmUsageResource, ConversationalAiLlmUsageResource
    from ..conversational_ai_mcp_servers import (
        AsyncConversationalAiMcpServersResource,
        ConversationalAiMcpServersResource,
    )
    from ..conversational_ai_phone_numbers import (
        AsyncConversationalAiPhoneNumbersResource,
        ConversationalAiPhoneNumbersResource,
    )
    from ..conversational_ai_secrets import AsyncConversationalAiSecretsResource, ConversationalAiSecretsResource
    from ..conversational_ai_settings import AsyncConversationalAiSettingsResource, ConversationalAiSettingsResource
    from ..conversational_ai_sip_trunk import AsyncConversationalAiSipTrunkResource, ConversationalAiSipTrunkResource
    from ..conversational_ai_tests import AsyncConversationalAiTestsResource, ConversationalAiTestsResource
    from ..conversational_ai_tools import AsyncConversationalAiToolsResource, ConversationalAiToolsResource
    from ..conversational_ai_twilio import AsyncConversationalAiTwilioResource, ConversationalAiTwilioResource
    from ..conversational_ai_users import AsyncConversationalAiUsersResource, ConversationalAiUsersResource
    from ..conversational_ai_whatsapp import AsyncConversationalAiWhatsappResource, ConversationalAiWhatsappResource
    from ..conversational_ai_whatsapp_accounts import (
        AsyncConversationalAiWhatsappAccountsResource,
        ConversationalAiWhatsappAccountsResource,
    )
from . import (
    conversational_ai_add_ticket_comment,
    conversational_ai_add_to_knowledge_base,
    conversational_ai_add_turn_comment,
    conversational_ai_create_agent_conversation_ticket,
    conversational_ai_delete_agent_conversation_ticket,
    conversational_ai_delete_document_rag_index,
    conversational_ai_get_agent_conversation_ticket,
    conversational_ai_get_document_rag_indexes,
    conversational_ai_rag_index_overview,
    conversational_ai_update_agent_conversation_ticket,
)


def _parse_conversational_ai_add_to_knowledge_base(response: httpx.Response) -> models.AddKnowledgeBaseResponseModel:
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel

    response_200 = AddKnowledgeBaseResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_rag_index_overview(response: httpx.Response) -> models.RagIndexOverviewResponseModel:
    from ...models.rag_index_overview_response_model import RagIndexOverviewResponseModel

    response_200 = RagIndexOverviewResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_get_document_rag_indexes(
    response: httpx.Response,
) -> models.RagDocumentIndexesResponseModel:
    from ...models.rag_document_indexes_response_model import RagDocumentIndexesResponseModel

    response_200 = RagDocumentIndexesResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_delete_document_rag_index(
    response: httpx.Response,
) -> models.RagDocumentIndexResponseModel:
    from ...models.rag_document_index_response_model import RagDocumentIndexResponseModel

    response_200 = RagDocumentIndexResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_create_agent_conversation_ticket(
    response: httpx.Response,
) -> models.AgentConversationTicketResponseModel:
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel

    response_200 = AgentConversationTicketResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_get_agent_conversation_ticket(
    response: httpx.Response,
) -> models.AgentConversationTicketResponseModel:
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel

    response_200 = AgentConversationTicketResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_delete_agent_conversation_ticket(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_update_agent_conversation_ticket(
    response: httpx.Response,
) -> models.AgentConversationTicketResponseModel:
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel

    response_200 = AgentConversationTicketResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_add_ticket_comment(
    response: httpx.Response,
) -> models.AgentConversationTicketResponseModel:
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel

    response_200 = AgentConversationTicketResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_add_turn_comment(response: httpx.Response) -> models.AgentConversationTicketResponseModel:
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel

    response_200 = AgentConversationTicketResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAddToKnowledgeBaseQuery(TypedDict, total=False):
    """The query parameters of `add_to_knowledge_base`, for passing them on as keyword arguments."""

    agent_id: str | Unset


class ConversationalAiResource:
    """The operations of group `conversational_ai`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def agents(self) -> ConversationalAiAgentsResource:
        """`conversational_ai_agents` operations and groups."""
        from ..conversational_ai_agents import ConversationalAiAgentsResource

        return ConversationalAiAgentsResource(self._requester)

    @functools.cached_property
    def analytics(self) -> ConversationalAiAnalyticsResource:
        """`conversational_ai_analytics` operations and groups."""
        from .. import ConversationalAiAnalyticsResource

        return ConversationalAiAnalyticsResource(self._requester)

    @functools.cached_property
    def batch_calls(self) -> ConversationalAiBatchCallsResource:
        """`conversational_ai_batch_calls` operations."""
        from ..conversational_ai_batch_calls import ConversationalAiBatchCallsResource

        return ConversationalAiBatchCallsResource(self._requester)

    @functools.cached_property
    def conversations(self) -> ConversationalAiConversationsResource:
        """`conversational_ai_conversations` operations and groups."""
        from ..conversational_ai_conversations import ConversationalAiConversationsResource

        return ConversationalAiConversationsResource(self._requester)

    @functools.cached_property
    def dashboard(self) -> ConversationalAiDashboardResource:
        """`conversational_ai_dashboard` operations and groups."""
        from .. import ConversationalAiDashboardResource

        return ConversationalAiDashboardResource(self._requester)

    @functools.cached_property
    def exotel(self) -> ConversationalAiExotelResource:
        """`conversational_ai_exotel` operations."""
        from ..conversational_ai_exotel import ConversationalAiExotelResource

        return ConversationalAiExotelResource(self._requester)

    @functools.cached_property
    def knowledge_base(self) -> ConversationalAiKnowledgeBaseResource:
        """`conversational_ai_knowledge_base` operations and groups."""
        from ..conversational_ai_knowledge_base import ConversationalAiKnowledgeBaseResource

        return ConversationalAiKnowledgeBaseResource(self._requester)

    @functools.cached_property
    def llm(self) -> ConversationalAiLlmResource:
        """`conversational_ai_llm` operations."""
        from ..conversational_ai_llm import ConversationalAiLlmResource

        return ConversationalAiLlmResource(self._requester)

    @functools.cached_property
    def llm_usage(self) -> ConversationalAiLlmUsageResource:
        """`conversational_ai_llm_usage` operations."""
        from ..conversational_ai_llm_usage import ConversationalAiLlmUsageResource

        return ConversationalAiLlmUsageResource(self._requester)

    @functools.cached_property
    def mcp_servers(self) -> ConversationalAiMcpServersResource:
        """`conversational_ai_mcp_servers` operations and groups."""
        from ..conversational_ai_mcp_servers import ConversationalAiMcpServersResource

        return ConversationalAiMcpServersResource(self._requester)

    @functools.cached_property
    def phone_numbers(self) -> ConversationalAiPhoneNumbersResource:
        """`conversational_ai_phone_numbers` operations."""
        from ..conversational_ai_phone_numbers import ConversationalAiPhoneNumbersResource

        return ConversationalAiPhoneNumbersResource(self._requester)

    @functools.cached_property
    def secrets(self) -> ConversationalAiSecretsResource:
        """`conversational_ai_secrets` operations."""
        from ..conversational_ai_secrets import ConversationalAiSecretsResource

        return ConversationalAiSecretsResource(self._requester)

    @functools.cached_property
    def settings(self) -> ConversationalAiSettingsResource:
        """`conversational_ai_settings` operations."""
        from ..conversational_ai_settings import ConversationalAiSettingsResource

        return ConversationalAiSettingsResource(self._requester)

    @functools.cached_property
    def sip_trunk(self) -> ConversationalAiSipTrunkResource:
        """`conversational_ai_sip_trunk` operations."""
        from ..conversational_ai_sip_trunk import ConversationalAiSipTrunkResource

        return ConversationalAiSipTrunkResource(self._requester)

    @functools.cached_property
    def tests(self) -> ConversationalAiTestsResource:
        """`conversational_ai_tests` operations and groups."""
        from ..conversational_ai_tests import ConversationalAiTestsResource

        return ConversationalAiTestsResource(self._requester)

    @functools.cached_property
    def tools(self) -> ConversationalAiToolsResource:
        """`conversational_ai_tools` operations and groups."""
        from ..conversational_ai_tools import ConversationalAiToolsResource

        return ConversationalAiToolsResource(self._requester)

    @functools.cached_property
    def twilio(self) -> ConversationalAiTwilioResource:
        """`conversational_ai_twilio` operations."""
        from ..conversational_ai_twilio import ConversationalAiTwilioResource

        return ConversationalAiTwilioResource(self._requester)

    @functools.cached_property
    def users(self) -> ConversationalAiUsersResource:
        """`conversational_ai_users` operations."""
        from ..conversational_ai_users import ConversationalAiUsersResource

        return ConversationalAiUsersResource(self._requester)

    @functools.cached_property
    def whatsapp(self) -> ConversationalAiWhatsappResource:
        """`conversational_ai_whatsapp` operations."""
        from ..conversational_ai_whatsapp import ConversationalAiWhatsappResource

        return ConversationalAiWhatsappResource(self._requester)

    @functools.cached_property
    def whatsapp_accounts(self) -> ConversationalAiWhatsappAccountsResource:
        """`conversational_ai_whatsapp_accounts` operations."""
        from ..conversational_ai_whatsapp_accounts import ConversationalAiWhatsappAccountsResource

        return ConversationalAiWhatsappAccountsResource(self._requester)

    def add_to_knowledge_base(
        self,
        *,
        name: None | str | Unset = UNSET,
        url: str | Unset = UNSET,
        file: FileInput | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Deprecated: Add To Knowledge Base

        Deprecated. Uploads a file or reference a webpage to use as part of the shared knowledge base

        `POST /v1/convai/knowledge-base`.

        Args:
            name (None | str | Unset): A custom, human-readable name for the document.
            url (str | Unset): URL to a page of documentation that the agent will have access to in
                order to interact with users.
            file (FileInput | Unset): Documentation that the agent will have access to in order to
                interact with users.
            agent_id (str | Unset): Defaults to empty on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_add_to_knowledge_base_v1_convai_knowledge_base_post import (
            BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost,
        )

        kwargs = conversational_ai_add_to_knowledge_base._get_kwargs(
            body=BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost(
                name=name,
                url=url,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
            ),
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_add_to_knowledge_base, request_options)

    def rag_index_overview(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagIndexOverviewResponseModel:
        """Get Rag Index Overview.

        Provides total size and other information of RAG indexes used by knowledgebase documents

        `GET /v1/convai/knowledge-base/rag-index`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_rag_index_overview._get_kwargs()

        return self._requester.request(kwargs, _parse_conversational_ai_rag_index_overview, request_options)

    def get_document_rag_indexes(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagDocumentIndexesResponseModel:
        """Get Rag Indexes Of The Specified Knowledgebase Document.

        Provides information about all RAG indexes of the specified knowledgebase document.

        `GET /v1/convai/knowledge-base/{documentation_id}/rag-index`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_get_document_rag_indexes._get_kwargs(
            documentation_id=documentation_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_get_document_rag_indexes, request_options)

    def delete_document_rag_index(
        self,
        documentation_id: str,
        rag_index_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagDocumentIndexResponseModel:
        """Delete Rag Index.

        Delete RAG index for the knowledgebase document.

        `DELETE /v1/convai/knowledge-base/{documentation_id}/rag-index/{rag_index_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            rag_index_id (str): The id of RAG index of document from the knowledge base.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        check_path_parameter("rag_index_id", rag_index_id)
        kwargs = conversational_ai_delete_document_rag_index._get_kwargs(
            documentation_id=documentation_id,
            rag_index_id=rag_index_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_delete_document_rag_index, request_options)

    def create_agent_conversation_ticket(
        self,
        conversation_id: str,
        *,
        qa_comment: None | str | Unset = UNSET,
        turn_comments: builtins.list[models.TurnCommentRequestModel] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Create Agent Conversation Ticket

        Raise a ticket about an agent's performance on a conversation, for triage with Architect. Provide an
        overall comment and/or turn-level comments describing what went wrong.

        `POST /v1/convai/triage-tickets`.

        Args:
            conversation_id (str): Conversation this ticket is about.
            qa_comment (None | str | Unset): The QA finding covering the whole conversation.
            turn_comments (list[TurnCommentRequestModel] | Unset): Optional turn-level comments on what
                went wrong.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_agent_conversation_ticket_request_model import CreateAgentConversationTicketRequestModel

        kwargs = conversational_ai_create_agent_conversation_ticket._get_kwargs(
            body=CreateAgentConversationTicketRequestModel(
                conversation_id=conversation_id,
                qa_comment=qa_comment,
                turn_comments=turn_comments,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_create_agent_conversation_ticket, request_options
        )

    def get_agent_conversation_ticket(
        self,
        agentqa_ticket_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Get Agent Conversation Ticket

        Get an agent conversation ticket by ID.

        `GET /v1/convai/triage-tickets/{agentqa_ticket_id}`.

        Args:
            agentqa_ticket_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        kwargs = conversational_ai_get_agent_conversation_ticket._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_get_agent_conversation_ticket, request_options)

    def delete_agent_conversation_ticket(
        self,
        agentqa_ticket_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Agent Conversation Ticket

        Delete an agent conversation ticket. Restricted to the ticket creator or a workspace admin.

        `DELETE /v1/convai/triage-tickets/{agentqa_ticket_id}`.

        Args:
            agentqa_ticket_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        kwargs = conversational_ai_delete_agent_conversation_ticket._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_delete_agent_conversation_ticket, request_options
        )

    def update_agent_conversation_ticket(
        self,
        agentqa_ticket_id: str,
        *,
        status: models.AgentConversationTicketStatus | None | Unset = UNSET,
        assignee_user_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Update Agent Conversation Ticket

        Update a ticket's comment, status, and/or assignee. Requires editor access to the ticket's agent.

        `PATCH /v1/convai/triage-tickets/{agentqa_ticket_id}`.

        Args:
            agentqa_ticket_id (str):
            status (AgentConversationTicketStatus | None | Unset): If provided, updates the ticket
                status. Omit to leave unchanged. One of: in_progress, merged, open, resolved.
            assignee_user_id (None | str | Unset): If provided, updates who is responsible for resolving
                this ticket. Must be a workspace member with at least viewer access to the agent. Pass null
                to unassign. Omit to leave unchanged.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        from ...models.patch_agent_conversation_ticket_request_model import PatchAgentConversationTicketRequestModel

        kwargs = conversational_ai_update_agent_conversation_ticket._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
            body=PatchAgentConversationTicketRequestModel(
                status=status,
                assignee_user_id=assignee_user_id,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_update_agent_conversation_ticket, request_options
        )

    def add_ticket_comment(
        self,
        agentqa_ticket_id: str,
        comment: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Add Comment To Agent Conversation Ticket

        Append a comment discussing how to resolve the ticket. Requires viewer access to the ticket's agent.

        `POST /v1/convai/triage-tickets/{agentqa_ticket_id}/comments`.

        Args:
            agentqa_ticket_id (str):
            comment (str): A comment discussing how to resolve the ticket.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        from ...models.add_ticket_comment_request_model import AddTicketCommentRequestModel

        kwargs = conversational_ai_add_ticket_comment._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
            body=AddTicketCommentRequestModel(
                comment=comment,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_add_ticket_comment, request_options)

    def add_turn_comment(
        self,
        agentqa_ticket_id: str,
        turn_index: int,
        comment: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Add Turn Comment To Agent Conversation Ticket

        Append a turn-level comment to a ticket. Requires viewer access to the ticket's agent.

        `POST /v1/convai/triage-tickets/{agentqa_ticket_id}/turn-comments`.

        Args:
            agentqa_ticket_id (str):
            turn_index (int): Zero-based index of the transcript turn this comment refers to.
            comment (str): What went wrong at this turn.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        from ...models.add_turn_comment_request_model import AddTurnCommentRequestModel

        kwargs = conversational_ai_add_turn_comment._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
            body=AddTurnCommentRequestModel(
                turn_index=turn_index,
                comment=comment,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_add_turn_comment, request_options)

    def realtime_session(
        self,
        *,
        agent_id: str,
        conversation_config_override: models.ConversationInitiationClientDataConversationConfigOverride | Unset = UNSET,
        custom_llm_extra_body: models.ConversationInitiationClientDataCustomLlmExtraBody | Unset = UNSET,
        dynamic_variables: models.ConversationInitiationClientDataDynamicVariables | Unset = UNSET,
        user_id: str | Unset = UNSET,
        source_info: models.ConversationInitiationClientDataSourceInfo | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.conversation.Session:
        """Establish a WebSocket connection for real-time conversations with an AI agent.

        `/v1/convai/conversation` over a WebSocket: opens the connection, sends the first message (the
        settings below) and answers with a session for a `with` block.

        Args:
            agent_id (str): The unique identifier for the voice to use in the TTS process.
            conversation_config_override (ConversationInitiationClientDataConversationConfigOverride | Unset):
                Override settings for conversation behavior
            custom_llm_extra_body (ConversationInitiationClientDataCustomLlmExtraBody | Unset):
                Additional LLM configuration parameters
            dynamic_variables (ConversationInitiationClientDataDynamicVariables | Unset): Dictionary of
                dynamic variables to be used in the conversation. Keys are the dynamic variable names which
                must be strings, values can be strings, numbers, integers, or booleans.
            user_id (str | Unset): Your identifier for the user of this conversation.
            source_info (ConversationInitiationClientDataSourceInfo | Unset): Which client library
                opened the conversation.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        from ...realtime import conversation

        opening = conversation.opening(
            agent_id=agent_id,
            conversation_config_override=conversation_config_override,
            custom_llm_extra_body=custom_llm_extra_body,
            dynamic_variables=dynamic_variables,
            user_id=user_id,
            source_info=source_info,
        )
        return self._requester.open_realtime(conversation.CHANNEL, opening, request_options)


class ConversationalAiResourceWithRawResponse:
    """`ConversationalAiResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiResource) -> None:
        self.add_to_knowledge_base = raw_response(resource.add_to_knowledge_base)
        self.rag_index_overview = raw_response(resource.rag_index_overview)
        self.get_document_rag_indexes = raw_response(resource.get_document_rag_indexes)
        self.delete_document_rag_index = raw_response(resource.delete_document_rag_index)
        self.create_agent_conversation_ticket = raw_response(resource.create_agent_conversation_ticket)
        self.get_agent_conversation_ticket = raw_response(resource.get_agent_conversation_ticket)
        self.delete_agent_conversation_ticket = raw_response(resource.delete_agent_conversation_ticket)
        self.update_agent_conversation_ticket = raw_response(resource.update_agent_conversation_ticket)
        self.add_ticket_comment = raw_response(resource.add_ticket_comment)
        self.add_turn_comment = raw_response(resource.add_turn_comment)


class AsyncConversationalAiResource:
    """The operations of group `conversational_ai`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def agents(self) -> AsyncConversationalAiAgentsResource:
        """`conversational_ai_agents` operations and groups."""
        from ..conversational_ai_agents import AsyncConversationalAiAgentsResource

        return AsyncConversationalAiAgentsResource(self._requester)

    @functools.cached_property
    def analytics(self) -> AsyncConversationalAiAnalyticsResource:
        """`conversational_ai_analytics` operations and groups."""
        from .. import AsyncConversationalAiAnalyticsResource

        return AsyncConversationalAiAnalyticsResource(self._requester)

    @functools.cached_property
    def batch_calls(self) -> AsyncConversationalAiBatchCallsResource:
        """`conversational_ai_batch_calls` operations."""
        from ..conversational_ai_batch_calls import AsyncConversationalAiBatchCallsResource

        return AsyncConversationalAiBatchCallsResource(self._requester)

    @functools.cached_property
    def conversations(self) -> AsyncConversationalAiConversationsResource:
        """`conversational_ai_conversations` operations and groups."""
        from ..conversational_ai_conversations import AsyncConversationalAiConversationsResource

        return AsyncConversationalAiConversationsResource(self._requester)

    @functools.cached_property
    def dashboard(self) -> AsyncConversationalAiDashboardResource:
        """`conversational_ai_dashboard` operations and groups."""
        from .. import AsyncConversationalAiDashboardResource

        return AsyncConversationalAiDashboardResource(self._requester)

    @functools.cached_property
    def exotel(self) -> AsyncConversationalAiExotelResource:
        """`conversational_ai_exotel` operations."""
        from ..conversational_ai_exotel import AsyncConversationalAiExotelResource

        return AsyncConversationalAiExotelResource(self._requester)

    @functools.cached_property
    def knowledge_base(self) -> AsyncConversationalAiKnowledgeBaseResource:
        """`conversational_ai_knowledge_base` operations and groups."""
        from ..conversational_ai_knowledge_base import AsyncConversationalAiKnowledgeBaseResource

        return AsyncConversationalAiKnowledgeBaseResource(self._requester)

    @functools.cached_property
    def llm(self) -> AsyncConversationalAiLlmResource:
        """`conversational_ai_llm` operations."""
        from ..conversational_ai_llm import AsyncConversationalAiLlmResource

        return AsyncConversationalAiLlmResource(self._requester)

    @functools.cached_property
    def llm_usage(self) -> AsyncConversationalAiLlmUsageResource:
        """`conversational_ai_llm_usage` operations."""
        from ..conversational_ai_llm_usage import AsyncConversationalAiLlmUsageResource

        return AsyncConversationalAiLlmUsageResource(self._requester)

    @functools.cached_property
    def mcp_servers(self) -> AsyncConversationalAiMcpServersResource:
        """`conversational_ai_mcp_servers` operations and groups."""
        from ..conversational_ai_mcp_servers import AsyncConversationalAiMcpServersResource

        return AsyncConversationalAiMcpServersResource(self._requester)

    @functools.cached_property
    def phone_numbers(self) -> AsyncConversationalAiPhoneNumbersResource:
        """`conversational_ai_phone_numbers` operations."""
        from ..conversational_ai_phone_numbers import AsyncConversationalAiPhoneNumbersResource

        return AsyncConversationalAiPhoneNumbersResource(self._requester)

    @functools.cached_property
    def secrets(self) -> AsyncConversationalAiSecretsResource:
        """`conversational_ai_secrets` operations."""
        from ..conversational_ai_secrets import AsyncConversationalAiSecretsResource

        return AsyncConversationalAiSecretsResource(self._requester)

    @functools.cached_property
    def settings(self) -> AsyncConversationalAiSettingsResource:
        """`conversational_ai_settings` operations."""
        from ..conversational_ai_settings import AsyncConversationalAiSettingsResource

        return AsyncConversationalAiSettingsResource(self._requester)

    @functools.cached_property
    def sip_trunk(self) -> AsyncConversationalAiSipTrunkResource:
        """`conversational_ai_sip_trunk` operations."""
        from ..conversational_ai_sip_trunk import AsyncConversationalAiSipTrunkResource

        return AsyncConversationalAiSipTrunkResource(self._requester)

    @functools.cached_property
    def tests(self) -> AsyncConversationalAiTestsResource:
        """`conversational_ai_tests` operations and groups."""
        from ..conversational_ai_tests import AsyncConversationalAiTestsResource

        return AsyncConversationalAiTestsResource(self._requester)

    @functools.cached_property
    def tools(self) -> AsyncConversationalAiToolsResource:
        """`conversational_ai_tools` operations and groups."""
        from ..conversational_ai_tools import AsyncConversationalAiToolsResource

        return AsyncConversationalAiToolsResource(self._requester)

    @functools.cached_property
    def twilio(self) -> AsyncConversationalAiTwilioResource:
        """`conversational_ai_twilio` operations."""
        from ..conversational_ai_twilio import AsyncConversationalAiTwilioResource

        return AsyncConversationalAiTwilioResource(self._requester)

    @functools.cached_property
    def users(self) -> AsyncConversationalAiUsersResource:
        """`conversational_ai_users` operations."""
        from ..conversational_ai_users import AsyncConversationalAiUsersResource

        return AsyncConversationalAiUsersResource(self._requester)

    @functools.cached_property
    def whatsapp(self) -> AsyncConversationalAiWhatsappResource:
        """`conversational_ai_whatsapp` operations."""
        from ..conversational_ai_whatsapp import AsyncConversationalAiWhatsappResource

        return AsyncConversationalAiWhatsappResource(self._requester)

    @functools.cached_property
    def whatsapp_accounts(self) -> AsyncConversationalAiWhatsappAccountsResource:
        """`conversational_ai_whatsapp_accounts` operations."""
        from ..conversational_ai_whatsapp_accounts import AsyncConversationalAiWhatsappAccountsResource

        return AsyncConversationalAiWhatsappAccountsResource(self._requester)

    async def add_to_knowledge_base(
        self,
        *,
        name: None | str | Unset = UNSET,
        url: str | Unset = UNSET,
        file: FileInput | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Deprecated: Add To Knowledge Base

        Deprecated. Uploads a file or reference a webpage to use as part of the shared knowledge base

        `POST /v1/convai/knowledge-base`.

        Args:
            name (None | str | Unset): A custom, human-readable name for the document.
            url (str | Unset): URL to a page of documentation that the agent will have access to in
                order to interact with users.
            file (FileInput | Unset): Documentation that the agent will have access to in order to
                interact with users.
            agent_id (str | Unset): Defaults to empty on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_add_to_knowledge_base_v1_convai_knowledge_base_post import (
            BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost,
        )

        kwargs = conversational_ai_add_to_knowledge_base._get_kwargs(
            body=BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost(
                name=name,
                url=url,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
            ),
            agent_id=agent_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_add_to_knowledge_base, request_options)

    async def rag_index_overview(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagIndexOverviewResponseModel:
        """Get Rag Index Overview.

        Provides total size and other information of RAG indexes used by knowledgebase documents

        `GET /v1/convai/knowledge-base/rag-index`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_rag_index_overview._get_kwargs()

        return await self._requester.request(kwargs, _parse_conversational_ai_rag_index_overview, request_options)

    async def get_document_rag_indexes(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagDocumentIndexesResponseModel:
        """Get Rag Indexes Of The Specified Knowledgebase Document.

        Provides information about all RAG indexes of the specified knowledgebase document.

        `GET /v1/convai/knowledge-base/{documentation_id}/rag-index`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_get_document_rag_indexes._get_kwargs(
            documentation_id=documentation_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_get_document_rag_indexes, request_options)

    async def delete_document_rag_index(
        self,
        documentation_id: str,
        rag_index_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagDocumentIndexResponseModel:
        """Delete Rag Index.

        Delete RAG index for the knowledgebase document.

        `DELETE /v1/convai/knowledge-base/{documentation_id}/rag-index/{rag_index_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            rag_index_id (str): The id of RAG index of document from the knowledge base.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        check_path_parameter("rag_index_id", rag_index_id)
        kwargs = conversational_ai_delete_document_rag_index._get_kwargs(
            documentation_id=documentation_id,
            rag_index_id=rag_index_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_delete_document_rag_index, request_options
        )

    async def create_agent_conversation_ticket(
        self,
        conversation_id: str,
        *,
        qa_comment: None | str | Unset = UNSET,
        turn_comments: builtins.list[models.TurnCommentRequestModel] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Create Agent Conversation Ticket

        Raise a ticket about an agent's performance on a conversation, for triage with Architect. Provide an
        overall comment and/or turn-level comments describing what went wrong.

        `POST /v1/convai/triage-tickets`.

        Args:
            conversation_id (str): Conversation this ticket is about.
            qa_comment (None | str | Unset): The QA finding covering the whole conversation.
            turn_comments (list[TurnCommentRequestModel] | Unset): Optional turn-level comments on what
                went wrong.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_agent_conversation_ticket_request_model import CreateAgentConversationTicketRequestModel

        kwargs = conversational_ai_create_agent_conversation_ticket._get_kwargs(
            body=CreateAgentConversationTicketRequestModel(
                conversation_id=conversation_id,
                qa_comment=qa_comment,
                turn_comments=turn_comments,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_create_agent_conversation_ticket, request_options
        )

    async def get_agent_conversation_ticket(
        self,
        agentqa_ticket_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Get Agent Conversation Ticket

        Get an agent conversation ticket by ID.

        `GET /v1/convai/triage-tickets/{agentqa_ticket_id}`.

        Args:
            agentqa_ticket_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        kwargs = conversational_ai_get_agent_conversation_ticket._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_get_agent_conversation_ticket, request_options
        )

    async def delete_agent_conversation_ticket(
        self,
        agentqa_ticket_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Agent Conversation Ticket

        Delete an agent conversation ticket. Restricted to the ticket creator or a workspace admin.

        `DELETE /v1/convai/triage-tickets/{agentqa_ticket_id}`.

        Args:
            agentqa_ticket_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        kwargs = conversational_ai_delete_agent_conversation_ticket._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_delete_agent_conversation_ticket, request_options
        )

    async def update_agent_conversation_ticket(
        self,
        agentqa_ticket_id: str,
        *,
        status: models.AgentConversationTicketStatus | None | Unset = UNSET,
        assignee_user_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Update Agent Conversation Ticket

        Update a ticket's comment, status, and/or assignee. Requires editor access to the ticket's agent.

        `PATCH /v1/convai/triage-tickets/{agentqa_ticket_id}`.

        Args:
            agentqa_ticket_id (str):
            status (AgentConversationTicketStatus | None | Unset): If provided, updates the ticket
                status. Omit to leave unchanged. One of: in_progress, merged, open, resolved.
            assignee_user_id (None | str | Unset): If provided, updates who is responsible for resolving
                this ticket. Must be a workspace member with at least viewer access to the agent. Pass null
                to unassign. Omit to leave unchanged.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        from ...models.patch_agent_conversation_ticket_request_model import PatchAgentConversationTicketRequestModel

        kwargs = conversational_ai_update_agent_conversation_ticket._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
            body=PatchAgentConversationTicketRequestModel(
                status=status,
                assignee_user_id=assignee_user_id,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_update_agent_conversation_ticket, request_options
        )

    async def add_ticket_comment(
        self,
        agentqa_ticket_id: str,
        comment: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Add Comment To Agent Conversation Ticket

        Append a comment discussing how to resolve the ticket. Requires viewer access to the ticket's agent.

        `POST /v1/convai/triage-tickets/{agentqa_ticket_id}/comments`.

        Args:
            agentqa_ticket_id (str):
            comment (str): A comment discussing how to resolve the ticket.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        from ...models.add_ticket_comment_request_model import AddTicketCommentRequestModel

        kwargs = conversational_ai_add_ticket_comment._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
            body=AddTicketCommentRequestModel(
                comment=comment,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_add_ticket_comment, request_options)

    async def add_turn_comment(
        self,
        agentqa_ticket_id: str,
        turn_index: int,
        comment: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Add Turn Comment To Agent Conversation Ticket

        Append a turn-level comment to a ticket. Requires viewer access to the ticket's agent.

        `POST /v1/convai/triage-tickets/{agentqa_ticket_id}/turn-comments`.

        Args:
            agentqa_ticket_id (str):
            turn_index (int): Zero-based index of the transcript turn this comment refers to.
            comment (str): What went wrong at this turn.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agentqa_ticket_id", agentqa_ticket_id)
        from ...models.add_turn_comment_request_model import AddTurnCommentRequestModel

        kwargs = conversational_ai_add_turn_comment._get_kwargs(
            agentqa_ticket_id=agentqa_ticket_id,
            body=AddTurnCommentRequestModel(
                turn_index=turn_index,
                comment=comment,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_add_turn_comment, request_options)

    async def realtime_session(
        self,
        *,
        agent_id: str,
        conversation_config_override: models.ConversationInitiationClientDataConversationConfigOverride | Unset = UNSET,
        custom_llm_extra_body: models.ConversationInitiationClientDataCustomLlmExtraBody | Unset = UNSET,
        dynamic_variables: models.ConversationInitiationClientDataDynamicVariables | Unset = UNSET,
        user_id: str | Unset = UNSET,
        source_info: models.ConversationInitiationClientDataSourceInfo | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.conversation.AsyncSession:
        """Establish a WebSocket connection for real-time conversations with an AI agent.

        `/v1/convai/conversation` over a WebSocket: opens the connection, sends the first message (the
        settings below) and answers, awaited, with a session for `async with`.

        Args:
            agent_id (str): The unique identifier for the voice to use in the TTS process.
            conversation_config_override (ConversationInitiationClientDataConversationConfigOverride | Unset):
                Override settings for conversation behavior
            custom_llm_extra_body (ConversationInitiationClientDataCustomLlmExtraBody | Unset):
                Additional LLM configuration parameters
            dynamic_variables (ConversationInitiationClientDataDynamicVariables | Unset): Dictionary of
                dynamic variables to be used in the conversation. Keys are the dynamic variable names which
                must be strings, values can be strings, numbers, integers, or booleans.
            user_id (str | Unset): Your identifier for the user of this conversation.
            source_info (ConversationInitiationClientDataSourceInfo | Unset): Which client library
                opened the conversation.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        from ...realtime import conversation

        opening = conversation.opening(
            agent_id=agent_id,
            conversation_config_override=conversation_config_override,
            custom_llm_extra_body=custom_llm_extra_body,
            dynamic_variables=dynamic_variables,
            user_id=user_id,
            source_info=source_info,
        )
        return await self._requester.open_realtime(conversation.CHANNEL, opening, request_options)


class AsyncConversationalAiResourceWithRawResponse:
    """`AsyncConversationalAiResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiResource) -> None:
        self.add_to_knowledge_base = async_raw_response(resource.add_to_knowledge_base)
        self.rag_index_overview = async_raw_response(resource.rag_index_overview)
        self.get_document_rag_indexes = async_raw_response(resource.get_document_rag_indexes)
        self.delete_document_rag_index = async_raw_response(resource.delete_document_rag_index)
        self.create_agent_conversation_ticket = async_raw_response(resource.create_agent_conversation_ticket)
        self.get_agent_conversation_ticket = async_raw_response(resource.get_agent_conversation_ticket)
        self.delete_agent_conversation_ticket = async_raw_response(resource.delete_agent_conversation_ticket)
        self.update_agent_conversation_ticket = async_raw_response(resource.update_agent_conversation_ticket)
        self.add_ticket_comment = async_raw_response(resource.add_ticket_comment)
        self.add_turn_comment = async_raw_response(resource.add_turn_comment)
