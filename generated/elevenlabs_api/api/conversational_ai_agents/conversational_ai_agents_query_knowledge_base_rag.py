"""`POST /v1/convai/agents/{agent_id}/knowledge-base/rag-query`: Query Agent Knowledge Base Rag."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.agent_knowledge_base_rag_query_request_model import AgentKnowledgeBaseRagQueryRequestModel
    from ...models.agent_knowledge_base_rag_query_response_model import AgentKnowledgeBaseRagQueryResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    body: AgentKnowledgeBaseRagQueryRequestModel,
    branch_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/knowledge-base/rag-query".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentKnowledgeBaseRagQueryResponseModel | HttpValidationError | None:
    from ...models.agent_knowledge_base_rag_query_response_model import AgentKnowledgeBaseRagQueryResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AgentKnowledgeBaseRagQueryResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: AgentKnowledgeBaseRagQueryRequestModel,
    branch_id: None | str | Unset = UNSET,
) -> AgentKnowledgeBaseRagQueryResponseModel | HttpValidationError | None:
    """Query Agent Knowledge Base Rag

    Run the agent's exact RAG retrieval for an ad-hoc query and return the ranked chunks the agent would
    retrieve. Read-only: no conversation is created. The response reflects current retrieval internals
    and may evolve.

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        branch_id (None | str | Unset): The ID of the branch to use
        body (AgentKnowledgeBaseRagQueryRequestModel):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
        branch_id=branch_id,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: AgentKnowledgeBaseRagQueryRequestModel,
    branch_id: None | str | Unset = UNSET,
) -> Response[AgentKnowledgeBaseRagQueryResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        branch_id=branch_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: AgentKnowledgeBaseRagQueryRequestModel,
    branch_id: None | str | Unset = UNSET,
) -> AgentKnowledgeBaseRagQueryResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
            branch_id=branch_id,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: AgentKnowledgeBaseRagQueryRequestModel,
    branch_id: None | str | Unset = UNSET,
) -> Response[AgentKnowledgeBaseRagQueryResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        branch_id=branch_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
