"""`POST /v1/convai/agents/{agent_id}/avatar`: Post Agent Avatar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HttpValidationError | PostAgentAvatarResponseModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
) -> Response[HttpValidationError | PostAgentAvatarResponseModel]:
    """Post Agent Avatar

     Sets the avatar for an agent displayed in the widget

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        body (BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpValidationError | PostAgentAvatarResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpValidationError | PostAgentAvatarResponseModel
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
) -> Response[HttpValidationError | PostAgentAvatarResponseModel]:
    """Post Agent Avatar

     Sets the avatar for an agent displayed in the widget

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        body (BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpValidationError | PostAgentAvatarResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpValidationError | PostAgentAvatarResponseModel
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
