"""`GET /v1/convai/agents/summaries`: Get Agent Summaries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conversational_ai_agents_summaries_get_response_get_agent_summaries_v1_convai_agents_summaries_get import (
        ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    agent_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_ids = agent_ids

    params["agent_ids"] = json_agent_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/summaries",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet | HttpValidationError | None:
    from ...models.conversational_ai_agents_summaries_get_response_get_agent_summaries_v1_convai_agents_summaries_get import (
        ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    agent_ids: list[str],
) -> ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet | HttpValidationError | None:
    """Get Agent Summaries

    Returns summaries for the specified agents.

    Args:
        agent_ids (list[str]): List of agent IDs to fetch summaries for
    """

    return sync_detailed(
        client=client,
        agent_ids=agent_ids,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_ids: list[str],
) -> Response[
    ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet | HttpValidationError
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_ids=agent_ids,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_ids: list[str],
) -> ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_ids=agent_ids,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_ids: list[str],
) -> Response[
    ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet | HttpValidationError
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_ids=agent_ids,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
