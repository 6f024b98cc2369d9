"""`POST /v1/convai/agents/{agent_id}/avatar`: Post Agent Avatar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post import (
        BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.post_agent_avatar_response_model import PostAgentAvatarResponseModel


def _get_kwargs(
    agent_id: str,
    *,
    body: BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/avatar".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | PostAgentAvatarResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.post_agent_avatar_response_model import PostAgentAvatarResponseModel

    if response.status_code == 200:
        response_200 = PostAgentAvatarResponseModel.from_dict(response.json())

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
    body: BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
) -> HttpValidationError | PostAgentAvatarResponseModel | None:
    """Post Agent Avatar

    Sets the avatar for an agent displayed in the widget

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        body (BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost):
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
    body: BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
) -> Response[HttpValidationError | PostAgentAvatarResponseModel]:
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
    body: BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
) -> HttpValidationError | PostAgentAvatarResponseModel | None:
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
    body: BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
) -> Response[HttpValidationError | PostAgentAvatarResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
