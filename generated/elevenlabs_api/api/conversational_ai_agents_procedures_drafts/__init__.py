"""`client.conversational_ai.agents.procedures.drafts`: the operations of group `conversational_ai_agents_procedures_drafts`, as methods of ConversationalAiAgentsProceduresDraftsResource and AsyncConversationalAiAgentsProceduresDraftsResource."""

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
    former_names,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    conversational_ai_agents_procedures_drafts_delete,
    conversational_ai_agents_procedures_drafts_get,
    conversational_ai_agents_procedures_drafts_update,
)


def _parse_conversational_ai_agents_procedures_drafts_get(
    response: httpx.Response,
) -> models.ProcedureDraftResponseModel:
    from ...models.procedure_draft_response_model import ProcedureDraftResponseModel

    response_200 = ProcedureDraftResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_procedures_drafts_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_agents_procedures_drafts_update(
    response: httpx.Response,
) -> models.ProcedureDraftResponseModel:
    from ...models.procedure_draft_response_model import ProcedureDraftResponseModel

    response_200 = ProcedureDraftResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsProceduresDraftsResource:
    """The operations of group `conversational_ai_agents_procedures_drafts`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsProceduresDraftsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsProceduresDraftsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProcedureDraftResponseModel:
        """Get Procedure Draft

        Get user's draft for a procedure

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft`.

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
        kwargs = conversational_ai_agents_procedures_drafts_get._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_procedures_drafts_get, request_options)

    def delete(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Procedure Draft

        Delete user's draft for a procedure, resetting to the committed version

        `DELETE /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft`.

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
        kwargs = conversational_ai_agents_procedures_drafts_delete._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_agents_procedures_drafts_delete, request_options
        )

    @former_names(
        type_="type",
    )
    def update(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        name: str,
        content: str,
        type: models.ProcedureType,
        *,
        trigger: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ProcedureDraftResponseModel:
        """Update Procedure Draft

        Create or update user's draft for a procedure

        `PATCH /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            procedure_id (str): The procedure ID
            name (str): Procedure name
            content (str): Procedure content
            type (ProcedureType):  One of: deterministic, free_form.
            trigger (None | str | Unset): When the agent should use this procedure. Empty string means
                this is a sub-procedure that should only start when another procedure references it. If
                omitted or null, the trigger is derived from the content instead. Also accepts `description`
                as an alias.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        check_path_parameter("procedure_id", procedure_id)
        from ...models.update_procedure_draft_request_model import UpdateProcedureDraftRequestModel

        kwargs = conversational_ai_agents_procedures_drafts_update._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            body=UpdateProcedureDraftRequestModel(
                name=name,
                content=content,
                type_=type,
                trigger=trigger,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_agents_procedures_drafts_update, request_options
        )


class ConversationalAiAgentsProceduresDraftsResourceWithRawResponse:
    """`ConversationalAiAgentsProceduresDraftsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsProceduresDraftsResource) -> None:
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncConversationalAiAgentsProceduresDraftsResource:
    """The operations of group `conversational_ai_agents_procedures_drafts`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsProceduresDraftsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsProceduresDraftsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ProcedureDraftResponseModel:
        """Get Procedure Draft

        Get user's draft for a procedure

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft`.

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
        kwargs = conversational_ai_agents_procedures_drafts_get._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_procedures_drafts_get, request_options
        )

    async def delete(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Procedure Draft

        Delete user's draft for a procedure, resetting to the committed version

        `DELETE /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft`.

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
        kwargs = conversational_ai_agents_procedures_drafts_delete._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_procedures_drafts_delete, request_options
        )

    @former_names(
        type_="type",
    )
    async def update(
        self,
        agent_id: str,
        branch_id: str,
        procedure_id: str,
        name: str,
        content: str,
        type: models.ProcedureType,
        *,
        trigger: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ProcedureDraftResponseModel:
        """Update Procedure Draft

        Create or update user's draft for a procedure

        `PATCH /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft`.

        Args:
            agent_id (str): Agent ID to get the procedure draft from
            branch_id (str): Branch ID to get the procedure draft from
            procedure_id (str): The procedure ID
            name (str): Procedure name
            content (str): Procedure content
            type (ProcedureType):  One of: deterministic, free_form.
            trigger (None | str | Unset): When the agent should use this procedure. Empty string means
                this is a sub-procedure that should only start when another procedure references it. If
                omitted or null, the trigger is derived from the content instead. Also accepts `description`
                as an alias.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        check_path_parameter("procedure_id", procedure_id)
        from ...models.update_procedure_draft_request_model import UpdateProcedureDraftRequestModel

        kwargs = conversational_ai_agents_procedures_drafts_update._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            body=UpdateProcedureDraftRequestModel(
                name=name,
                content=content,
                type_=type,
                trigger=trigger,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_procedures_drafts_update, request_options
        )


class AsyncConversationalAiAgentsProceduresDraftsResourceWithRawResponse:
    """`AsyncConversationalAiAgentsProceduresDraftsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsProceduresDraftsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
