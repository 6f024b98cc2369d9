"""`POST /v1/convai/agents/create`: Create Agent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_agent_v1_convai_agents_create_post import BodyCreateAgentV1ConvaiAgentsCreatePost
    from ...models.create_agent_response_model import CreateAgentResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyCreateAgentV1ConvaiAgentsCreatePost,
    enable_versioning: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enable_versioning"] = enable_versioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/create",
    }
    _kwargs["params"] = params
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
    *,
    client: AuthenticatedClient,
    body: BodyCreateAgentV1ConvaiAgentsCreatePost,
    enable_versioning: bool | Unset = UNSET,
) -> CreateAgentResponseModel | HttpValidationError | None:
    """Create Agent

    Create an agent from a config object

    Args:
        enable_versioning (bool | Unset): Deprecated: all agents are versioned. This parameter is
            ignored. Defaults to True on the server.
        body (BodyCreateAgentV1ConvaiAgentsCreatePost):
    """

    return sync_detailed(
        client=client,
        body=body,
        enable_versioning=enable_versioning,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateAgentV1ConvaiAgentsCreatePost,
    enable_versioning: bool | Unset = UNSET,
) -> Response[CreateAgentResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
        enable_versioning=enable_versioning,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateAgentV1ConvaiAgentsCreatePost,
    enable_versioning: bool | Unset = UNSET,
) -> CreateAgentResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
            enable_versioning=enable_versioning,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateAgentV1ConvaiAgentsCreatePost,
    enable_versioning: bool | Unset = UNSET,
) -> Response[CreateAgentResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        enable_versioning=enable_versioning,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
