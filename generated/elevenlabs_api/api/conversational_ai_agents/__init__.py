"""`client.conversational_ai.agents`: the operations of group `conversational_ai_agents`, as methods of ConversationalAiAgentsResource and AsyncConversationalAiAgentsResource."""

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..conversational_ai_agents_branches import (
        AsyncConversationalAiAgentsBranchesResource,
        ConversationalAiAgentsBranchesResource,
    )
    from ..conversational_ai_agents_deployments import (
        AsyncConversationalAiAgentsDeploymentsResource,
        ConversationalAiAgentsDeploymentsResource,
    )
    from ..conversational_ai_agents_drafts import (
        AsyncConversationalAiAgentsDraftsResource,
        ConversationalAiAgentsDraftsResource,
    )
    from ..conversational_ai_agents_knowledge_base import (
        AsyncConversationalAiAgentsKnowledgeBaseResource,
        ConversationalAiAgentsKnowledgeBaseResource,
    )
    from ..conversational_ai_agents_link import (
        AsyncConversationalAiAgentsLinkResource,
        ConversationalAiAgentsLinkResource,
    )
    from ..conversational_ai_agents_llm_usage import (
        AsyncConversationalAiAgentsLlmUsageResource,
        ConversationalAiAgentsLlmUsageResource,
    )
    from ..conversational_ai_agents_procedures import (
        AsyncConversationalAiAgentsProceduresResource,
        ConversationalAiAgentsProceduresResource,
    )
    from ..conversational_ai_agents_summaries import (
        AsyncConversationalAiAgentsSummariesResource,
        ConversationalAiAgentsSummariesResource,
    )
    from ..conversational_ai_agents_versions import (
        AsyncConversationalAiAgentsVersionsResource,
        ConversationalAiAgentsVersionsResource,
    )
    from ..conversational_ai_agents_widget import (
        AsyncConversationalAiAgentsWidgetResource,
        ConversationalAiAgentsWidgetResource,
    )
from . import (
    conversational_ai_agents_create,
    conversational_ai_agents_create_manual_agent_ticket,
    conversational_ai_agents_delete,
    conversational_ai_agents_duplicate,
    conversational_ai_agents_get,
    conversational_ai_agents_get_assignable_users,
    conversational_ai_agents_list,
    conversational_ai_agents_list_agent_conversation_tickets,
    conversational_ai_agents_query_knowledge_base_rag,
    conversational_ai_agents_run_tests,
    conversational_ai_agents_simulate_conversation,
    conversational_ai_agents_simulate_conversation_stream,
    conversational_ai_agents_update,
)


def _parse_conversational_ai_agents_list(response: httpx.Response) -> models.GetAgentsPageResponseModel:
    from ...models.get_agents_page_response_model import GetAgentsPageResponseModel

    response_200 = GetAgentsPageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_create(response: httpx.Response) -> models.CreateAgentResponseModel:
    from ...models.create_agent_response_model import CreateAgentResponseModel

    response_200 = CreateAgentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_get(response: httpx.Response) -> models.GetAgentResponseModel:
    from ...models.get_agent_response_model import GetAgentResponseModel

    response_200 = GetAgentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_delete(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_agents_update(response: httpx.Response) -> models.GetAgentResponseModel:
    from ...models.get_agent_response_model import GetAgentResponseModel

    response_200 = GetAgentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_duplicate(response: httpx.Response) -> models.CreateAgentResponseModel:
    from ...models.create_agent_response_model import CreateAgentResponseModel

    response_200 = CreateAgentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_query_knowledge_base_rag(
    response: httpx.Response,
) -> models.AgentKnowledgeBaseRagQueryResponseModel:
    from ...models.agent_knowledge_base_rag_query_response_model import AgentKnowledgeBaseRagQueryResponseModel

    response_200 = AgentKnowledgeBaseRagQueryResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_run_tests(response: httpx.Response) -> models.GetTestSuiteInvocationResponseModel:
    from ...models.get_test_suite_invocation_response_model import GetTestSuiteInvocationResponseModel

    response_200 = GetTestSuiteInvocationResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_simulate_conversation(
    response: httpx.Response,
) -> models.AgentSimulatedChatTestResponseModel:
    from ...models.agent_simulated_chat_test_response_model import AgentSimulatedChatTestResponseModel

    response_200 = AgentSimulatedChatTestResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_simulate_conversation_stream(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_agents_list_agent_conversation_tickets(
    response: httpx.Response,
) -> models.GetAgentConversationTicketsPageResponseModel:
    from ...models.get_agent_conversation_tickets_page_response_model import (
        GetAgentConversationTicketsPageResponseModel,
    )

    response_200 = GetAgentConversationTicketsPageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_create_manual_agent_ticket(
    response: httpx.Response,
) -> models.AgentConversationTicketResponseModel:
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel

    response_200 = AgentConversationTicketResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_get_assignable_users(
    response: httpx.Response,
) -> builtins.list[models.AssignableUserResponseModel]:
    from ...models.assignable_user_response_model import AssignableUserResponseModel

    response_200 = []
    _response_200 = loads(response.content)
    for response_200_item_data in _response_200:
        response_200_item = AssignableUserResponseModel.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


_PAGING_CONVERSATIONAL_AI_AGENTS_LIST = Paging(
    items="agents",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)
_PAGING_CONVERSATIONAL_AI_AGENTS_LIST_AGENT_CONVERSATION_TICKETS = Paging(
    items="agent_conversation_tickets",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiAgentsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    search: None | str | Unset
    archived: bool | None | Unset
    show_only_owned_agents: bool | Unset
    created_by_user_id: None | str | Unset
    sort_direction: models.SortDirection | Unset
    sort_by: models.AgentSortBy | None | Unset
    cursor: None | str | Unset


class ConversationalAiAgentsCreateQuery(TypedDict, total=False):
    """The query parameters of `create`, for passing them on as keyword arguments."""

    enable_versioning: bool | Unset


class ConversationalAiAgentsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    version_id: None | str | Unset
    branch_id: None | str | Unset


class ConversationalAiAgentsUpdateQuery(TypedDict, total=False):
    """The query parameters of `update`, for passing them on as keyword arguments."""

    enable_versioning_if_not_enabled: bool | Unset
    branch_id: None | str | Unset


class ConversationalAiAgentsQueryKnowledgeBaseRagQuery(TypedDict, total=False):
    """The query parameters of `query_knowledge_base_rag`, for passing them on as keyword arguments."""

    branch_id: None | str | Unset


class ConversationalAiAgentsListAgentConversationTicketsQuery(TypedDict, total=False):
    """The query parameters of `list_agent_conversation_tickets`, for passing them on as keyword arguments."""

    page_size: int | Unset
    conversation_id: None | str | Unset
    status: models.AgentConversationTicketStatus | None | Unset
    sources: builtins.list[models.AgentConversationTicketSource] | None | Unset
    owner_user_id: None | str | Unset
    assignee_user_id: None | str | Unset
    issue_type: models.AgentConversationTicketIssueType | None | Unset
    label: None | str | Unset
    cursor: None | str | Unset


class ConversationalAiAgentsResource:
    """The operations of group `conversational_ai_agents`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def branches(self) -> ConversationalAiAgentsBranchesResource:
        """`conversational_ai_agents_branches` operations."""
        from ..conversational_ai_agents_branches import ConversationalAiAgentsBranchesResource

        return ConversationalAiAgentsBranchesResource(self._requester)

    @functools.cached_property
    def deployments(self) -> ConversationalAiAgentsDeploymentsResource:
        """`conversational_ai_agents_deployments` operations."""
        from ..conversational_ai_agents_deployments import ConversationalAiAgentsDeploymentsResource

        return ConversationalAiAgentsDeploymentsResource(self._requester)

    @functools.cached_property
    def drafts(self) -> ConversationalAiAgentsDraftsResource:
        """`conversational_ai_agents_drafts` operations."""
        from ..conversational_ai_agents_drafts import ConversationalAiAgentsDraftsResource

        return ConversationalAiAgentsDraftsResource(self._requester)

    @functools.cached_property
    def knowledge_base(self) -> ConversationalAiAgentsKnowledgeBaseResource:
        """`conversational_ai_agents_knowledge_base` operations."""
        from ..conversational_ai_agents_knowledge_base import ConversationalAiAgentsKnowledgeBaseResource

        return ConversationalAiAgentsKnowledgeBaseResource(self._requester)

    @functools.cached_property
    def link(self) -> ConversationalAiAgentsLinkResource:
        """`conversational_ai_agents_link` operations."""
        from ..conversational_ai_agents_link import ConversationalAiAgentsLinkResource

        return ConversationalAiAgentsLinkResource(self._requester)

    @functools.cached_property
    def llm_usage(self) -> ConversationalAiAgentsLlmUsageResource:
        """`conversational_ai_agents_llm_usage` operations."""
        from ..conversational_ai_agents_llm_usage import ConversationalAiAgentsLlmUsageResource

        return ConversationalAiAgentsLlmUsageResource(self._requester)

    @functools.cached_property
    def procedures(self) -> ConversationalAiAgentsProceduresResource:
        """`conversational_ai_agents_procedures` operations and groups."""
        from ..conversational_ai_agents_procedures import ConversationalAiAgentsProceduresResource

        return ConversationalAiAgentsProceduresResource(self._requester)

    @functools.cached_property
    def summaries(self) -> ConversationalAiAgentsSummariesResource:
        """`conversational_ai_agents_summaries` operations."""
        from ..conversational_ai_agents_summaries import ConversationalAiAgentsSummariesResource

        return ConversationalAiAgentsSummariesResource(self._requester)

    @functools.cached_property
    def versions(self) -> ConversationalAiAgentsVersionsResource:
        """`conversational_ai_agents_versions` operations."""
        from ..conversational_ai_agents_versions import ConversationalAiAgentsVersionsResource

        return ConversationalAiAgentsVersionsResource(self._requester)

    @functools.cached_property
    def widget(self) -> ConversationalAiAgentsWidgetResource:
        """`conversational_ai_agents_widget` operations and groups."""
        from ..conversational_ai_agents_widget import ConversationalAiAgentsWidgetResource

        return ConversationalAiAgentsWidgetResource(self._requester)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        show_only_owned_agents: bool | Unset = UNSET,
        created_by_user_id: None | str | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: models.AgentSortBy | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentsPageResponseModel:
        """List Agents

        Returns a list of your agents and their metadata.

        `GET /v1/convai/agents`.

        Args:
            page_size (int | Unset): How many Agents to return at maximum. Can not exceed 100, defaults
                to 30. Defaults to 30 on the server.
            search (None | str | Unset): Search by agents name.
            archived (bool | None | Unset): Filter agents by archived status Defaults to False on the
                server.
            show_only_owned_agents (bool | Unset): If set to true, the endpoint will omit any agents
                that were shared with you by someone else and include only the ones you own. Deprecated: use
                created_by_user_id instead. Defaults to False on the server.
            created_by_user_id (None | str | Unset): Filter agents by creator user ID. When set, only
                agents created by this user are returned. Takes precedence over show_only_owned_agents. Use
                '@me' to refer to the authenticated user.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (AgentSortBy | None | Unset): The field to sort the results by One of:
                call_count_7d, created_at, name.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_agents_list._get_kwargs(
            page_size=page_size,
            search=search,
            archived=archived,
            show_only_owned_agents=show_only_owned_agents,
            created_by_user_id=created_by_user_id,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiAgentsListQuery],
    ) -> Iterator[models.GetAgentsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_AGENTS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiAgentsListQuery],
    ) -> Iterator[models.AgentSummaryResponseModel]:
        """Every item (`agents`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.agents

    def create(
        self,
        conversation_config: models.ConversationalConfig,
        *,
        platform_settings: models.AgentPlatformSettingsRequestModel | None | Unset = UNSET,
        workflow: models.AgentWorkflowRequestModel | Unset = UNSET,
        name: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        enable_versioning: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentResponseModel:
        """Create Agent

        Create an agent from a config object

        `POST /v1/convai/agents/create`.

        Args:
            conversation_config (ConversationalConfig):
            platform_settings (AgentPlatformSettingsRequestModel | None | Unset): Platform settings for
                the agent are all settings that aren't related to the conversation orchestration and
                content.
            workflow (AgentWorkflowRequestModel | Unset):
            name (None | str | Unset): A name to make the agent easier to find
            tags (list[str] | None | Unset): Tags to help classify and filter the agent
            enable_versioning (bool | Unset): Deprecated: all agents are versioned. This parameter is
                ignored. Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_agent_v1_convai_agents_create_post import BodyCreateAgentV1ConvaiAgentsCreatePost

        kwargs = conversational_ai_agents_create._get_kwargs(
            body=BodyCreateAgentV1ConvaiAgentsCreatePost(
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
                name=name,
                tags=tags,
            ),
            enable_versioning=enable_versioning,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_create, request_options)

    def get(
        self,
        agent_id: str,
        *,
        version_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentResponseModel:
        """Get Agent

        Retrieve config for an agent

        `GET /v1/convai/agents/{agent_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            version_id (None | str | Unset): The ID of the agent version to use
            branch_id (None | str | Unset): The ID of the branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_get._get_kwargs(
            agent_id=agent_id,
            version_id=version_id,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_get, request_options)

    def delete(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Agent

        Delete an agent

        `DELETE /v1/convai/agents/{agent_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_delete._get_kwargs(
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_delete, request_options)

    def update(
        self,
        agent_id: str,
        *,
        conversation_config: None | Unset | models.UpdateAgentRequestConversationConfigType0 = UNSET,
        platform_settings: None | Unset | models.UpdateAgentRequestPlatformSettingsType0 = UNSET,
        workflow: models.AgentWorkflowRequestModel | Unset = UNSET,
        name: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        version_description: None | str | Unset = UNSET,
        procedures: None | Unset | models.UpdateAgentRequestProceduresType0 = UNSET,
        enable_versioning_if_not_enabled: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentResponseModel:
        """Patches An Agent Settings

        Patches an Agent settings

        `PATCH /v1/convai/agents/{agent_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            conversation_config (None | Unset | UpdateAgentRequestConversationConfigType0): Conversation
                configuration for an agent
            platform_settings (None | Unset | UpdateAgentRequestPlatformSettingsType0): Platform
                settings for the agent are all settings that aren't related to the conversation
                orchestration and content.
            workflow (AgentWorkflowRequestModel | Unset):
            name (None | str | Unset): A name to make the agent easier to find
            tags (list[str] | None | Unset): Tags to help classify and filter the agent
            version_description (None | str | Unset): Description for this version when publishing
                changes (only applicable for versioned agents)
            procedures (None | Unset | UpdateAgentRequestProceduresType0): Procedure versions to
                publish, keyed by procedure_id. When provided, this map replaces the procedures from the
                current draft or branch tip. When omitted or null, unpublished procedure edits are used if
                present; otherwise, the branch tip's procedures are retained. Pass an empty object to remove
                all procedures.
            enable_versioning_if_not_enabled (bool | Unset): Deprecated: all agents are versioned. This
                parameter is ignored. Defaults to True on the server.
            branch_id (None | str | Unset): The ID of the branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.update_agent_request import UpdateAgentRequest

        kwargs = conversational_ai_agents_update._get_kwargs(
            agent_id=agent_id,
            body=UpdateAgentRequest(
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
                name=name,
                tags=tags,
                version_description=version_description,
                procedures=procedures,
            ),
            enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_update, request_options)

    def duplicate(
        self,
        agent_id: str,
        *,
        name: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentResponseModel:
        """Duplicate Agent

        Create a new agent by duplicating an existing one

        `POST /v1/convai/agents/{agent_id}/duplicate`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            name (None | str | Unset): A name to make the agent easier to find
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_duplicate_agent_v1_convai_agents_agent_id_duplicate_post import (
            BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost,
        )

        kwargs = conversational_ai_agents_duplicate._get_kwargs(
            agent_id=agent_id,
            body=BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost(
                name=name,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_duplicate, request_options)

    def query_knowledge_base_rag(
        self,
        agent_id: str,
        query: str,
        *,
        use_agent_defaults: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentKnowledgeBaseRagQueryResponseModel:
        """Query Agent Knowledge Base Rag

        Run the agent's exact RAG retrieval for an ad-hoc query and return the ranked chunks the agent would
        retrieve. Read-only: no conversation is created. The response reflects current retrieval internals
        and may evolve.

        `POST /v1/convai/agents/{agent_id}/knowledge-base/rag-query`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            query (str): Query to run against the agent's knowledge base RAG index.
            use_agent_defaults (bool | Unset): When true (the default), retrieval uses the agent's own
                RAG settings, reproducing exactly what the agent would retrieve. Set to false to retrieve
                with neutral default RAG settings instead (the agent's embedding model is always kept, since
                it determines which vector index exists). Useful for auditing the knowledge base
                independently of how a particular agent is tuned. Defaults to True on the server.
            branch_id (None | str | Unset): The ID of the branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.agent_knowledge_base_rag_query_request_model import AgentKnowledgeBaseRagQueryRequestModel

        kwargs = conversational_ai_agents_query_knowledge_base_rag._get_kwargs(
            agent_id=agent_id,
            body=AgentKnowledgeBaseRagQueryRequestModel(
                query=query,
                use_agent_defaults=use_agent_defaults,
            ),
            branch_id=branch_id,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_agents_query_knowledge_base_rag, request_options
        )

    def run_tests(
        self,
        agent_id: str,
        tests: builtins.list[models.SingleTestRunRequestModel],
        *,
        agent_config_override: models.AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        repeat_count: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestSuiteInvocationResponseModel:
        """Run Tests On The Agent

        Run selected tests on the agent with provided configuration. If the agent configuration is provided,
        it will be used to override default agent configuration.

        `POST /v1/convai/agents/{agent_id}/run-tests`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            tests (list[SingleTestRunRequestModel]): List of tests to run on the agent
            agent_config_override (AdhocAgentConfigOverrideForTestRequestModel | None | Unset):
                Configuration overrides to use for testing. If not provided, the agent's default
                configuration will be used.
            branch_id (None | str | Unset): ID of the branch to run the tests on. If not provided, the
                tests will be run on the agent's main branch.
            repeat_count (int | Unset): Number of times to run each test. When greater than 1, results
                are grouped and summarized. Defaults to 1 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.run_agent_tests_request_model import RunAgentTestsRequestModel

        kwargs = conversational_ai_agents_run_tests._get_kwargs(
            agent_id=agent_id,
            body=RunAgentTestsRequestModel(
                tests=tests,
                agent_config_override=agent_config_override,
                branch_id=branch_id,
                repeat_count=repeat_count,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_run_tests, request_options)

    def simulate_conversation(
        self,
        agent_id: str,
        simulation_specification: models.ConversationSimulationSpecification,
        *,
        extra_evaluation_criteria: builtins.list[models.PromptEvaluationCriteria] | None | Unset = UNSET,
        new_turns_limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentSimulatedChatTestResponseModel:
        """Deprecated: Simulates A Conversation

        Deprecated. Use the `/v1/convai/agent-testing/create` and `/v1/convai/agents/:agent_id/run-tests`
        endpoints to create and run simulations. Run a conversation between the agent and a simulated user.

        `POST /v1/convai/agents/{agent_id}/simulate-conversation`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            simulation_specification (ConversationSimulationSpecification): A specification that will be
                used to simulate a conversation between an agent and an AI user.
            extra_evaluation_criteria (list[PromptEvaluationCriteria] | None | Unset): A list of
                evaluation criteria to test
            new_turns_limit (int | Unset): Maximum number of new turns to generate in the conversation
                simulation Defaults to 10000 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_simulates_a_conversation_v1_convai_agents_agent_id_simulate_conversation_post import (
            BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost,
        )

        kwargs = conversational_ai_agents_simulate_conversation._get_kwargs(
            agent_id=agent_id,
            body=BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost(
                simulation_specification=simulation_specification,
                extra_evaluation_criteria=extra_evaluation_criteria,
                new_turns_limit=new_turns_limit,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_simulate_conversation, request_options)

    def simulate_conversation_stream(
        self,
        agent_id: str,
        simulation_specification: models.ConversationSimulationSpecification,
        *,
        extra_evaluation_criteria: builtins.list[models.PromptEvaluationCriteria] | None | Unset = UNSET,
        new_turns_limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deprecated: Simulates A Conversation (Stream)

        Deprecated. Use the `/v1/convai/agent-testing/create` and `/v1/convai/agents/:agent_id/run-tests`
        endpoints to create and run simulations. Run a conversation between the agent and a simulated user
        and stream back the response. Response is streamed back as partial lists of messages that should be
        concatenated and once the conversation has complete a single final message with the conversation
        analysis will be sent.

        `POST /v1/convai/agents/{agent_id}/simulate-conversation/stream`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            simulation_specification (ConversationSimulationSpecification): A specification that will be
                used to simulate a conversation between an agent and an AI user.
            extra_evaluation_criteria (list[PromptEvaluationCriteria] | None | Unset): A list of
                evaluation criteria to test
            new_turns_limit (int | Unset): Maximum number of new turns to generate in the conversation
                simulation Defaults to 10000 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post import (
            BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
        )

        kwargs = conversational_ai_agents_simulate_conversation_stream._get_kwargs(
            agent_id=agent_id,
            body=BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost(
                simulation_specification=simulation_specification,
                extra_evaluation_criteria=extra_evaluation_criteria,
                new_turns_limit=new_turns_limit,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_agents_simulate_conversation_stream, request_options
        )

    def list_agent_conversation_tickets(
        self,
        agent_id: str,
        *,
        page_size: int | Unset = UNSET,
        conversation_id: None | str | Unset = UNSET,
        status: models.AgentConversationTicketStatus | None | Unset = UNSET,
        sources: builtins.list[models.AgentConversationTicketSource] | None | Unset = UNSET,
        owner_user_id: None | str | Unset = UNSET,
        assignee_user_id: None | str | Unset = UNSET,
        issue_type: models.AgentConversationTicketIssueType | None | Unset = UNSET,
        label: None | str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentConversationTicketsPageResponseModel:
        """List Agent Conversation Tickets

        List an agent's conversation triage tickets, ordered by most recently created first. These are
        tickets about the agent's own performance on a conversation (for triage with Architect), not tickets
        an agent opens for end users.

        `GET /v1/convai/agents/{agent_id}/triage-tickets`.

        Args:
            agent_id (str):
            page_size (int | Unset): How many agent conversation tickets to return. Can not exceed 100.
                Defaults to 100 on the server.
            conversation_id (None | str | Unset): Filter tickets by conversation id.
            status (AgentConversationTicketStatus | None | Unset): Filter tickets by status. One of:
                in_progress, merged, open, resolved.
            sources (list[AgentConversationTicketSource] | None | Unset): Filter tickets by how they
                were raised (qa, agent, manual). Repeat the parameter to filter by multiple sources.
            owner_user_id (None | str | Unset): Filter tickets by creator. Use 'agent' for agent-raised
                tickets.
            assignee_user_id (None | str | Unset): Filter tickets by assignee. Use 'unassigned' for
                tickets with no assignee.
            issue_type (AgentConversationTicketIssueType | None | Unset): Filter clusters by issue type.
                One of: knowledge_gap, missing_tool, product_feedback, tool_issue, unnecessary_escalation.
            label (None | str | Unset): Filter tickets by an exact label.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_list_agent_conversation_tickets._get_kwargs(
            agent_id=agent_id,
            page_size=page_size,
            conversation_id=conversation_id,
            status=status,
            sources=sources,
            owner_user_id=owner_user_id,
            assignee_user_id=assignee_user_id,
            issue_type=issue_type,
            label=label,
            cursor=cursor,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_agents_list_agent_conversation_tickets, request_options
        )

    def iter_list_agent_conversation_tickets_pages(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiAgentsListAgentConversationTicketsQuery],
    ) -> Iterator[models.GetAgentConversationTicketsPageResponseModel]:
        """Every page of `list_agent_conversation_tickets` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.list_agent_conversation_tickets, agent_id),
            query,
            _PAGING_CONVERSATIONAL_AI_AGENTS_LIST_AGENT_CONVERSATION_TICKETS,
        )

    def iter_list_agent_conversation_tickets(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiAgentsListAgentConversationTicketsQuery],
    ) -> Iterator[models.AgentConversationTicketResponseModel]:
        """Every item (`agent_conversation_tickets`) of every page of `list_agent_conversation_tickets` with these parameters."""
        for page in self.iter_list_agent_conversation_tickets_pages(agent_id, **query):
            yield from page.agent_conversation_tickets

    def create_manual_agent_ticket(
        self,
        agent_id: str,
        qa_comment: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Create Manual Agent Ticket

        Manually raise a follow-up ticket against an agent, not tied to any conversation (for example a task
        like 'add the KB about X'). The comment is shown as the ticket title. Requires viewer access to the
        agent.

        `POST /v1/convai/agents/{agent_id}/triage-tickets`.

        Args:
            agent_id (str):
            qa_comment (str): What the ticket is about, e.g. a follow-up task for the agent. This is
                shown as the ticket title.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.create_manual_ticket_request_model import CreateManualTicketRequestModel

        kwargs = conversational_ai_agents_create_manual_agent_ticket._get_kwargs(
            agent_id=agent_id,
            body=CreateManualTicketRequestModel(
                qa_comment=qa_comment,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_agents_create_manual_agent_ticket, request_options
        )

    def get_assignable_users(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.AssignableUserResponseModel]:
        """Get Agent Conversation Ticket Assignable Users

        All non-service-account workspace members, each flagged with whether they currently have at least
        viewer access to the agent. Members without access are included (not filtered out) so the UI can
        offer them as an assignee and prompt to grant access first.

        `GET /v1/convai/agents/{agent_id}/triage-tickets/assignable-users`.

        Args:
            agent_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_get_assignable_users._get_kwargs(
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_get_assignable_users, request_options)


class ConversationalAiAgentsResourceWithRawResponse:
    """`ConversationalAiAgentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.duplicate = raw_response(resource.duplicate)
        self.query_knowledge_base_rag = raw_response(resource.query_knowledge_base_rag)
        self.run_tests = raw_response(resource.run_tests)
        self.simulate_conversation = raw_response(resource.simulate_conversation)
        self.simulate_conversation_stream = raw_response(resource.simulate_conversation_stream)
        self.list_agent_conversation_tickets = raw_response(resource.list_agent_conversation_tickets)
        self.create_manual_agent_ticket = raw_response(resource.create_manual_agent_ticket)
        self.get_assignable_users = raw_response(resource.get_assignable_users)


class AsyncConversationalAiAgentsResource:
    """The operations of group `conversational_ai_agents`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def branches(self) -> AsyncConversationalAiAgentsBranchesResource:
        """`conversational_ai_agents_branches` operations."""
        from ..conversational_ai_agents_branches import AsyncConversationalAiAgentsBranchesResource

        return AsyncConversationalAiAgentsBranchesResource(self._requester)

    @functools.cached_property
    def deployments(self) -> AsyncConversationalAiAgentsDeploymentsResource:
        """`conversational_ai_agents_deployments` operations."""
        from ..conversational_ai_agents_deployments import AsyncConversationalAiAgentsDeploymentsResource

        return AsyncConversationalAiAgentsDeploymentsResource(self._requester)

    @functools.cached_property
    def drafts(self) -> AsyncConversationalAiAgentsDraftsResource:
        """`conversational_ai_agents_drafts` operations."""
        from ..conversational_ai_agents_drafts import AsyncConversationalAiAgentsDraftsResource

        return AsyncConversationalAiAgentsDraftsResource(self._requester)

    @functools.cached_property
    def knowledge_base(self) -> AsyncConversationalAiAgentsKnowledgeBaseResource:
        """`conversational_ai_agents_knowledge_base` operations."""
        from ..conversational_ai_agents_knowledge_base import AsyncConversationalAiAgentsKnowledgeBaseResource

        return AsyncConversationalAiAgentsKnowledgeBaseResource(self._requester)

    @functools.cached_property
    def link(self) -> AsyncConversationalAiAgentsLinkResource:
        """`conversational_ai_agents_link` operations."""
        from ..conversational_ai_agents_link import AsyncConversationalAiAgentsLinkResource

        return AsyncConversationalAiAgentsLinkResource(self._requester)

    @functools.cached_property
    def llm_usage(self) -> AsyncConversationalAiAgentsLlmUsageResource:
        """`conversational_ai_agents_llm_usage` operations."""
        from ..conversational_ai_agents_llm_usage import AsyncConversationalAiAgentsLlmUsageResource

        return AsyncConversationalAiAgentsLlmUsageResource(self._requester)

    @functools.cached_property
    def procedures(self) -> AsyncConversationalAiAgentsProceduresResource:
        """`conversational_ai_agents_procedures` operations and groups."""
        from ..conversational_ai_agents_procedures import AsyncConversationalAiAgentsProceduresResource

        return AsyncConversationalAiAgentsProceduresResource(self._requester)

    @functools.cached_property
    def summaries(self) -> AsyncConversationalAiAgentsSummariesResource:
        """`conversational_ai_agents_summaries` operations."""
        from ..conversational_ai_agents_summaries import AsyncConversationalAiAgentsSummariesResource

        return AsyncConversationalAiAgentsSummariesResource(self._requester)

    @functools.cached_property
    def versions(self) -> AsyncConversationalAiAgentsVersionsResource:
        """`conversational_ai_agents_versions` operations."""
        from ..conversational_ai_agents_versions import AsyncConversationalAiAgentsVersionsResource

        return AsyncConversationalAiAgentsVersionsResource(self._requester)

    @functools.cached_property
    def widget(self) -> AsyncConversationalAiAgentsWidgetResource:
        """`conversational_ai_agents_widget` operations and groups."""
        from ..conversational_ai_agents_widget import AsyncConversationalAiAgentsWidgetResource

        return AsyncConversationalAiAgentsWidgetResource(self._requester)

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        show_only_owned_agents: bool | Unset = UNSET,
        created_by_user_id: None | str | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: models.AgentSortBy | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentsPageResponseModel:
        """List Agents

        Returns a list of your agents and their metadata.

        `GET /v1/convai/agents`.

        Args:
            page_size (int | Unset): How many Agents to return at maximum. Can not exceed 100, defaults
                to 30. Defaults to 30 on the server.
            search (None | str | Unset): Search by agents name.
            archived (bool | None | Unset): Filter agents by archived status Defaults to False on the
                server.
            show_only_owned_agents (bool | Unset): If set to true, the endpoint will omit any agents
                that were shared with you by someone else and include only the ones you own. Deprecated: use
                created_by_user_id instead. Defaults to False on the server.
            created_by_user_id (None | str | Unset): Filter agents by creator user ID. When set, only
                agents created by this user are returned. Takes precedence over show_only_owned_agents. Use
                '@me' to refer to the authenticated user.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (AgentSortBy | None | Unset): The field to sort the results by One of:
                call_count_7d, created_at, name.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_agents_list._get_kwargs(
            page_size=page_size,
            search=search,
            archived=archived,
            show_only_owned_agents=show_only_owned_agents,
            created_by_user_id=created_by_user_id,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiAgentsListQuery],
    ) -> AsyncIterator[models.GetAgentsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_AGENTS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiAgentsListQuery],
    ) -> AsyncIterator[models.AgentSummaryResponseModel]:
        """Every item (`agents`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.agents:
                yield item

    async def create(
        self,
        conversation_config: models.ConversationalConfig,
        *,
        platform_settings: models.AgentPlatformSettingsRequestModel | None | Unset = UNSET,
        workflow: models.AgentWorkflowRequestModel | Unset = UNSET,
        name: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        enable_versioning: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentResponseModel:
        """Create Agent

        Create an agent from a config object

        `POST /v1/convai/agents/create`.

        Args:
            conversation_config (ConversationalConfig):
            platform_settings (AgentPlatformSettingsRequestModel | None | Unset): Platform settings for
                the agent are all settings that aren't related to the conversation orchestration and
                content.
            workflow (AgentWorkflowRequestModel | Unset):
            name (None | str | Unset): A name to make the agent easier to find
            tags (list[str] | None | Unset): Tags to help classify and filter the agent
            enable_versioning (bool | Unset): Deprecated: all agents are versioned. This parameter is
                ignored. Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_agent_v1_convai_agents_create_post import BodyCreateAgentV1ConvaiAgentsCreatePost

        kwargs = conversational_ai_agents_create._get_kwargs(
            body=BodyCreateAgentV1ConvaiAgentsCreatePost(
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
                name=name,
                tags=tags,
            ),
            enable_versioning=enable_versioning,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_create, request_options)

    async def get(
        self,
        agent_id: str,
        *,
        version_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentResponseModel:
        """Get Agent

        Retrieve config for an agent

        `GET /v1/convai/agents/{agent_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            version_id (None | str | Unset): The ID of the agent version to use
            branch_id (None | str | Unset): The ID of the branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_get._get_kwargs(
            agent_id=agent_id,
            version_id=version_id,
            branch_id=branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_get, request_options)

    async def delete(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Agent

        Delete an agent

        `DELETE /v1/convai/agents/{agent_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_delete._get_kwargs(
            agent_id=agent_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_delete, request_options)

    async def update(
        self,
        agent_id: str,
        *,
        conversation_config: None | Unset | models.UpdateAgentRequestConversationConfigType0 = UNSET,
        platform_settings: None | Unset | models.UpdateAgentRequestPlatformSettingsType0 = UNSET,
        workflow: models.AgentWorkflowRequestModel | Unset = UNSET,
        name: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        version_description: None | str | Unset = UNSET,
        procedures: None | Unset | models.UpdateAgentRequestProceduresType0 = UNSET,
        enable_versioning_if_not_enabled: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentResponseModel:
        """Patches An Agent Settings

        Patches an Agent settings

        `PATCH /v1/convai/agents/{agent_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            conversation_config (None | Unset | UpdateAgentRequestConversationConfigType0): Conversation
                configuration for an agent
            platform_settings (None | Unset | UpdateAgentRequestPlatformSettingsType0): Platform
                settings for the agent are all settings that aren't related to the conversation
                orchestration and content.
            workflow (AgentWorkflowRequestModel | Unset):
            name (None | str | Unset): A name to make the agent easier to find
            tags (list[str] | None | Unset): Tags to help classify and filter the agent
            version_description (None | str | Unset): Description for this version when publishing
                changes (only applicable for versioned agents)
            procedures (None | Unset | UpdateAgentRequestProceduresType0): Procedure versions to
                publish, keyed by procedure_id. When provided, this map replaces the procedures from the
                current draft or branch tip. When omitted or null, unpublished procedure edits are used if
                present; otherwise, the branch tip's procedures are retained. Pass an empty object to remove
                all procedures.
            enable_versioning_if_not_enabled (bool | Unset): Deprecated: all agents are versioned. This
                parameter is ignored. Defaults to True on the server.
            branch_id (None | str | Unset): The ID of the branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.update_agent_request import UpdateAgentRequest

        kwargs = conversational_ai_agents_update._get_kwargs(
            agent_id=agent_id,
            body=UpdateAgentRequest(
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
                name=name,
                tags=tags,
                version_description=version_description,
                procedures=procedures,
            ),
            enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
            branch_id=branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_update, request_options)

    async def duplicate(
        self,
        agent_id: str,
        *,
        name: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentResponseModel:
        """Duplicate Agent

        Create a new agent by duplicating an existing one

        `POST /v1/convai/agents/{agent_id}/duplicate`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            name (None | str | Unset): A name to make the agent easier to find
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_duplicate_agent_v1_convai_agents_agent_id_duplicate_post import (
            BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost,
        )

        kwargs = conversational_ai_agents_duplicate._get_kwargs(
            agent_id=agent_id,
            body=BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost(
                name=name,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_duplicate, request_options)

    async def query_knowledge_base_rag(
        self,
        agent_id: str,
        query: str,
        *,
        use_agent_defaults: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentKnowledgeBaseRagQueryResponseModel:
        """Query Agent Knowledge Base Rag

        Run the agent's exact RAG retrieval for an ad-hoc query and return the ranked chunks the agent would
        retrieve. Read-only: no conversation is created. The response reflects current retrieval internals
        and may evolve.

        `POST /v1/convai/agents/{agent_id}/knowledge-base/rag-query`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            query (str): Query to run against the agent's knowledge base RAG index.
            use_agent_defaults (bool | Unset): When true (the default), retrieval uses the agent's own
                RAG settings, reproducing exactly what the agent would retrieve. Set to false to retrieve
                with neutral default RAG settings instead (the agent's embedding model is always kept, since
                it determines which vector index exists). Useful for auditing the knowledge base
                independently of how a particular agent is tuned. Defaults to True on the server.
            branch_id (None | str | Unset): The ID of the branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.agent_knowledge_base_rag_query_request_model import AgentKnowledgeBaseRagQueryRequestModel

        kwargs = conversational_ai_agents_query_knowledge_base_rag._get_kwargs(
            agent_id=agent_id,
            body=AgentKnowledgeBaseRagQueryRequestModel(
                query=query,
                use_agent_defaults=use_agent_defaults,
            ),
            branch_id=branch_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_query_knowledge_base_rag, request_options
        )

    async def run_tests(
        self,
        agent_id: str,
        tests: builtins.list[models.SingleTestRunRequestModel],
        *,
        agent_config_override: models.AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        repeat_count: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetTestSuiteInvocationResponseModel:
        """Run Tests On The Agent

        Run selected tests on the agent with provided configuration. If the agent configuration is provided,
        it will be used to override default agent configuration.

        `POST /v1/convai/agents/{agent_id}/run-tests`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            tests (list[SingleTestRunRequestModel]): List of tests to run on the agent
            agent_config_override (AdhocAgentConfigOverrideForTestRequestModel | None | Unset):
                Configuration overrides to use for testing. If not provided, the agent's default
                configuration will be used.
            branch_id (None | str | Unset): ID of the branch to run the tests on. If not provided, the
                tests will be run on the agent's main branch.
            repeat_count (int | Unset): Number of times to run each test. When greater than 1, results
                are grouped and summarized. Defaults to 1 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.run_agent_tests_request_model import RunAgentTestsRequestModel

        kwargs = conversational_ai_agents_run_tests._get_kwargs(
            agent_id=agent_id,
            body=RunAgentTestsRequestModel(
                tests=tests,
                agent_config_override=agent_config_override,
                branch_id=branch_id,
                repeat_count=repeat_count,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_run_tests, request_options)

    async def simulate_conversation(
        self,
        agent_id: str,
        simulation_specification: models.ConversationSimulationSpecification,
        *,
        extra_evaluation_criteria: builtins.list[models.PromptEvaluationCriteria] | None | Unset = UNSET,
        new_turns_limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentSimulatedChatTestResponseModel:
        """Deprecated: Simulates A Conversation

        Deprecated. Use the `/v1/convai/agent-testing/create` and `/v1/convai/agents/:agent_id/run-tests`
        endpoints to create and run simulations. Run a conversation between the agent and a simulated user.

        `POST /v1/convai/agents/{agent_id}/simulate-conversation`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            simulation_specification (ConversationSimulationSpecification): A specification that will be
                used to simulate a conversation between an agent and an AI user.
            extra_evaluation_criteria (list[PromptEvaluationCriteria] | None | Unset): A list of
                evaluation criteria to test
            new_turns_limit (int | Unset): Maximum number of new turns to generate in the conversation
                simulation Defaults to 10000 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_simulates_a_conversation_v1_convai_agents_agent_id_simulate_conversation_post import (
            BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost,
        )

        kwargs = conversational_ai_agents_simulate_conversation._get_kwargs(
            agent_id=agent_id,
            body=BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost(
                simulation_specification=simulation_specification,
                extra_evaluation_criteria=extra_evaluation_criteria,
                new_turns_limit=new_turns_limit,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_simulate_conversation, request_options
        )

    async def simulate_conversation_stream(
        self,
        agent_id: str,
        simulation_specification: models.ConversationSimulationSpecification,
        *,
        extra_evaluation_criteria: builtins.list[models.PromptEvaluationCriteria] | None | Unset = UNSET,
        new_turns_limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Deprecated: Simulates A Conversation (Stream)

        Deprecated. Use the `/v1/convai/agent-testing/create` and `/v1/convai/agents/:agent_id/run-tests`
        endpoints to create and run simulations. Run a conversation between the agent and a simulated user
        and stream back the response. Response is streamed back as partial lists of messages that should be
        concatenated and once the conversation has complete a single final message with the conversation
        analysis will be sent.

        `POST /v1/convai/agents/{agent_id}/simulate-conversation/stream`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            simulation_specification (ConversationSimulationSpecification): A specification that will be
                used to simulate a conversation between an agent and an AI user.
            extra_evaluation_criteria (list[PromptEvaluationCriteria] | None | Unset): A list of
                evaluation criteria to test
            new_turns_limit (int | Unset): Maximum number of new turns to generate in the conversation
                simulation Defaults to 10000 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post import (
            BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
        )

        kwargs = conversational_ai_agents_simulate_conversation_stream._get_kwargs(
            agent_id=agent_id,
            body=BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost(
                simulation_specification=simulation_specification,
                extra_evaluation_criteria=extra_evaluation_criteria,
                new_turns_limit=new_turns_limit,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_simulate_conversation_stream, request_options
        )

    async def list_agent_conversation_tickets(
        self,
        agent_id: str,
        *,
        page_size: int | Unset = UNSET,
        conversation_id: None | str | Unset = UNSET,
        status: models.AgentConversationTicketStatus | None | Unset = UNSET,
        sources: builtins.list[models.AgentConversationTicketSource] | None | Unset = UNSET,
        owner_user_id: None | str | Unset = UNSET,
        assignee_user_id: None | str | Unset = UNSET,
        issue_type: models.AgentConversationTicketIssueType | None | Unset = UNSET,
        label: None | str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentConversationTicketsPageResponseModel:
        """List Agent Conversation Tickets

        List an agent's conversation triage tickets, ordered by most recently created first. These are
        tickets about the agent's own performance on a conversation (for triage with Architect), not tickets
        an agent opens for end users.

        `GET /v1/convai/agents/{agent_id}/triage-tickets`.

        Args:
            agent_id (str):
            page_size (int | Unset): How many agent conversation tickets to return. Can not exceed 100.
                Defaults to 100 on the server.
            conversation_id (None | str | Unset): Filter tickets by conversation id.
            status (AgentConversationTicketStatus | None | Unset): Filter tickets by status. One of:
                in_progress, merged, open, resolved.
            sources (list[AgentConversationTicketSource] | None | Unset): Filter tickets by how they
                were raised (qa, agent, manual). Repeat the parameter to filter by multiple sources.
            owner_user_id (None | str | Unset): Filter tickets by creator. Use 'agent' for agent-raised
                tickets.
            assignee_user_id (None | str | Unset): Filter tickets by assignee. Use 'unassigned' for
                tickets with no assignee.
            issue_type (AgentConversationTicketIssueType | None | Unset): Filter clusters by issue type.
                One of: knowledge_gap, missing_tool, product_feedback, tool_issue, unnecessary_escalation.
            label (None | str | Unset): Filter tickets by an exact label.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_list_agent_conversation_tickets._get_kwargs(
            agent_id=agent_id,
            page_size=page_size,
            conversation_id=conversation_id,
            status=status,
            sources=sources,
            owner_user_id=owner_user_id,
            assignee_user_id=assignee_user_id,
            issue_type=issue_type,
            label=label,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_list_agent_conversation_tickets, request_options
        )

    def iter_list_agent_conversation_tickets_pages(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiAgentsListAgentConversationTicketsQuery],
    ) -> AsyncIterator[models.GetAgentConversationTicketsPageResponseModel]:
        """Every page of `list_agent_conversation_tickets` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.list_agent_conversation_tickets, agent_id),
            query,
            _PAGING_CONVERSATIONAL_AI_AGENTS_LIST_AGENT_CONVERSATION_TICKETS,
        )

    async def iter_list_agent_conversation_tickets(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiAgentsListAgentConversationTicketsQuery],
    ) -> AsyncIterator[models.AgentConversationTicketResponseModel]:
        """Every item (`agent_conversation_tickets`) of every page of `list_agent_conversation_tickets` with these parameters."""
        async for page in self.iter_list_agent_conversation_tickets_pages(agent_id, **query):
            for item in page.agent_conversation_tickets:
                yield item

    async def create_manual_agent_ticket(
        self,
        agent_id: str,
        qa_comment: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentConversationTicketResponseModel:
        """Create Manual Agent Ticket

        Manually raise a follow-up ticket against an agent, not tied to any conversation (for example a task
        like 'add the KB about X'). The comment is shown as the ticket title. Requires viewer access to the
        agent.

        `POST /v1/convai/agents/{agent_id}/triage-tickets`.

        Args:
            agent_id (str):
            qa_comment (str): What the ticket is about, e.g. a follow-up task for the agent. This is
                shown as the ticket title.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.create_manual_ticket_request_model import CreateManualTicketRequestModel

        kwargs = conversational_ai_agents_create_manual_agent_ticket._get_kwargs(
            agent_id=agent_id,
            body=CreateManualTicketRequestModel(
                qa_comment=qa_comment,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_create_manual_agent_ticket, request_options
        )

    async def get_assignable_users(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.AssignableUserResponseModel]:
        """Get Agent Conversation Ticket Assignable Users

        All non-service-account workspace members, each flagged with whether they currently have at least
        viewer access to the agent. Members without access are included (not filtered out) so the UI can
        offer them as an assignee and prompt to grant access first.

        `GET /v1/convai/agents/{agent_id}/triage-tickets/assignable-users`.

        Args:
            agent_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_get_assignable_users._get_kwargs(
            agent_id=agent_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_get_assignable_users, request_options
        )


class AsyncConversationalAiAgentsResourceWithRawResponse:
    """`AsyncConversationalAiAgentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.duplicate = async_raw_response(resource.duplicate)
        self.query_knowledge_base_rag = async_raw_response(resource.query_knowledge_base_rag)
        self.run_tests = async_raw_response(resource.run_tests)
        self.simulate_conversation = async_raw_response(resource.simulate_conversation)
        self.simulate_conversation_stream = async_raw_response(resource.simulate_conversation_stream)
        self.list_agent_conversation_tickets = async_raw_response(resource.list_agent_conversation_tickets)
        self.create_manual_agent_ticket = async_raw_response(resource.create_manual_agent_ticket)
        self.get_assignable_users = async_raw_response(resource.get_assignable_users)
