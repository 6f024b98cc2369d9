"""`GET /v1/convai/agent/{agent_id}/knowledge-base/size`: Returns The Size Of The Agent'S Knowledge Base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_agent_knowledgebase_size_response_model import GetAgentKnowledgebaseSizeResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agent/{agent_id}/knowledge-base/size".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentKnowledgebaseSizeResponseModel | HttpValidationError | None:
    from ...models.get_agent_knowledgebase_size_response_model import GetAgentKnowledgebaseSizeResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAgentKnowledgebaseSizeResponseModel.from_dict(response.json())

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
) -> GetAgentKnowledgebaseSizeResponseModel | HttpValidationError | None:
    """Returns The Size Of The Agent'S Knowledge Base

    Returns the number of pages in the agent's knowledge base.

    Args:
        agent_id (str):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetAgentKnowledgebaseSizeResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> GetAgentKnowledgebaseSizeResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetAgentKnowledgebaseSizeResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
