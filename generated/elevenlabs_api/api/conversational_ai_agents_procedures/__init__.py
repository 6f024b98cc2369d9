"""`client.conversational_ai.agents.procedures`: the operations of group `conversational_ai_agents_procedures`, as methods of ConversationalAiAgentsProceduresResource and AsyncConversationalAiAgentsProceduresResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    former_names,
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
    from ..conversational_ai_agents_procedures_drafts import (
        AsyncConversationalAiAgentsProceduresDraftsResource,
        ConversationalAiAgentsProceduresDraftsResource,
    )
from . import (
    conversational_ai_agents_procedures_compile,
    conversational_ai_agents_procedures_create,
    conversational_ai_agents_procedures_get,
    conversational_ai_agents_procedures_list,
    conversational_ai_agents_procedures_remove,
)


def _parse_conversational_ai_agents_procedures_list(response: httpx.Response) -> models.ListProceduresResponseModel:
    from ...models.list_procedures_response_model import ListProceduresResponseModel

    response_200 = ListProceduresResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_procedures_create(response: httpx.Response) -> models.CreateProcedureResponseModel:
    from ...models.create_procedure_response_model import CreateProcedureResponseModel

    response_200 = CreateProcedureResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_procedures_compile(
    response: httpx.Response,
) -> models.CompileProceduresResponseModel:
    from ...models.compile_procedures_response_model import CompileProceduresResponseModel

    response_200 = CompileProceduresResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_procedures_get(response: httpx.Response) -> models.ProcedureAtVersionResponseModel:
    from ...models.procedure_at_version_response_model import ProcedureAtVersionResponseModel

    response_200 = ProcedureAtVersionResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_procedures_remove(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class ConversationalAiAgentsProceduresListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    agent_version_id: None | str | Unset


class ConversationalAiAgentsProceduresGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    version_id: None | str | Unset
    agent_version_id: None | str | Unset


class ConversationalAiAgentsProceduresResource:
    """The operations of group `conversational_ai_agents_procedures`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsProceduresResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsProceduresResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def drafts(self) -> ConversationalAiAgentsProceduresDraftsResource:
        """`conversational_ai_agents_procedures_drafts` operations."""
        from ..conversational_ai_agents_procedures_drafts import ConversationalAiAgentsProceduresDraftsResource

        return ConversationalAiAgentsProceduresDraftsResource(self._requester)

    def list(
        self,
        agent_id: str,
        branch_id: str,
        *,
        agent_version_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListProceduresResponseModel:
        """List Procedures

        List the agent's procedures on a branch with their procedure_id, version_id, name, type, trigger,
        and has_draft. has_draft is true when a procedure has unpublished draft changes on this branch; its
        name/type/trigger then reflect that draft. Does not return procedure content -- use Get Procedure to
        read a procedure's body.

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            agent_version_id (None | str | Unset): The agent version ID to retrieve the procedure for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_procedures_list._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            agent_version_id=agent_version_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_list, request_options)

    @former_names(body="request")
    def create(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request: models.CreateProcedureRequestModel | None | Unset,
        request_options: RequestOptions | None = None,
    ) -> models.CreateProcedureResponseModel:
        """Create Procedure

        Create a new procedure for the agent on a branch.

        `POST /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            request (CreateProcedureRequestModel | None): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_procedures_create._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            body=request,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_create, request_options)

    def compile(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.CompileProceduresResponseModel:
        """Compile Procedures

        Compile procedure drafts into a workflow.

        `POST /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/compile`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_procedures_compile._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_compile, request_options)

    def get(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        version_id: None | str | Unset = UNSET,
        agent_version_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ProcedureAtVersionResponseModel:
        """Get Procedure

        Retrieve a procedure at a specific version or the current branch HEAD.

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            procedure_id (str): The procedure ID
            version_id (None | str | Unset): The version ID to retrieve. If omitted, returns the version
                at branch HEAD.
            agent_version_id (None | str | Unset): The agent version ID to retrieve the procedure for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        check_path_parameter("procedure_id", procedure_id)
        kwargs = conversational_ai_agents_procedures_get._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            version_id=version_id,
            agent_version_id=agent_version_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_get, request_options)

    def remove(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Remove Procedure

        Remove a procedure from the agent's draft working set. Removing a folder cascades to its entire
        subtree, rejected if any procedure outside the subtree hands off into it.

        `DELETE /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            procedure_id (str): The procedure ID
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        check_path_parameter("procedure_id", procedure_id)
        kwargs = conversational_ai_agents_procedures_remove._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_remove, request_options)


class ConversationalAiAgentsProceduresResourceWithRawResponse:
    """`ConversationalAiAgentsProceduresResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsProceduresResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.compile = raw_response(resource.compile)
        self.get = raw_response(resource.get)
        self.remove = raw_response(resource.remove)


class AsyncConversationalAiAgentsProceduresResource:
    """The operations of group `conversational_ai_agents_procedures`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsProceduresResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsProceduresResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    @functools.cached_property
    def drafts(self) -> AsyncConversationalAiAgentsProceduresDraftsResource:
        """`conversational_ai_agents_procedures_drafts` operations."""
        from ..conversational_ai_agents_procedures_drafts import AsyncConversationalAiAgentsProceduresDraftsResource

        return AsyncConversationalAiAgentsProceduresDraftsResource(self._requester)

    async def list(
        self,
        agent_id: str,
        branch_id: str,
        *,
        agent_version_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListProceduresResponseModel:
        """List Procedures

        List the agent's procedures on a branch with their procedure_id, version_id, name, type, trigger,
        and has_draft. has_draft is true when a procedure has unpublished draft changes on this branch; its
        name/type/trigger then reflect that draft. Does not return procedure content -- use Get Procedure to
        read a procedure's body.

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            agent_version_id (None | str | Unset): The agent version ID to retrieve the procedure for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_procedures_list._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            agent_version_id=agent_version_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_list, request_options)

    @former_names(body="request")
    async def create(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request: models.CreateProcedureRequestModel | None | Unset,
        request_options: RequestOptions | None = None,
    ) -> models.CreateProcedureResponseModel:
        """Create Procedure

        Create a new procedure for the agent on a branch.

        `POST /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            request (CreateProcedureRequestModel | None): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_procedures_create._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            body=request,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_create, request_options)

    async def compile(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.CompileProceduresResponseModel:
        """Compile Procedures

        Compile procedure drafts into a workflow.

        `POST /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/compile`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_procedures_compile._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_procedures_compile, request_options
        )

    async def get(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        version_id: None | str | Unset = UNSET,
        agent_version_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ProcedureAtVersionResponseModel:
        """Get Procedure

        Retrieve a procedure at a specific version or the current branch HEAD.

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            procedure_id (str): The procedure ID
            version_id (None | str | Unset): The version ID to retrieve. If omitted, returns the version
                at branch HEAD.
            agent_version_id (None | str | Unset): The agent version ID to retrieve the procedure for.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        check_path_parameter("procedure_id", procedure_id)
        kwargs = conversational_ai_agents_procedures_get._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            version_id=version_id,
            agent_version_id=agent_version_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_get, request_options)

    async def remove(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Remove Procedure

        Remove a procedure from the agent's draft working set. Removing a folder cascades to its entire
        subtree, rejected if any procedure outside the subtree hands off into it.

        `DELETE /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            procedure_id (str): The procedure ID
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        check_path_parameter("procedure_id", procedure_id)
        kwargs = conversational_ai_agents_procedures_remove._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_remove, request_options)


class AsyncConversationalAiAgentsProceduresResourceWithRawResponse:
    """`AsyncConversationalAiAgentsProceduresResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsProceduresResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.compile = async_raw_response(resource.compile)
        self.get = async_raw_response(resource.get)
        self.remove = async_raw_response(resource.remove)
