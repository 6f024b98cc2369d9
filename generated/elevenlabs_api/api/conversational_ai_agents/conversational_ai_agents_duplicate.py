"""`POST /v1/convai/agents/{agent_id}/duplicate`: Duplicate Agent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_duplicate_agent_v1_convai_agents_agent_id_duplicate_post import (
        BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost,
    )
    from ...models.create_agent_response_model import CreateAgentResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    body: BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/duplicate".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentResponseModel | HttpValidationError | None:
    from ...models.create_agent_response_model import CreateAgentResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreateAgentResponseModel.from_dict(response.json())

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
    body: BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost | Unset = UNSET,
) -> CreateAgentResponseModel | HttpValidationError | None:
    """Duplicate Agent

    Create a new agent by duplicating an existing one

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        body (BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost | Unset):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost | Unset = UNSET,
) -> Response[CreateAgentResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost | Unset = UNSET,
) -> CreateAgentResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost | Unset = UNSET,
) -> Response[CreateAgentResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
