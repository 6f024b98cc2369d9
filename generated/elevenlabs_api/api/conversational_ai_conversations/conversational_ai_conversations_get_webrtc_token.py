"""`GET /v1/convai/conversation/token`: Get Webrtc Token."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.token_response_model import TokenResponseModel


def _get_kwargs(
    *,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    json_participant_name: None | str | Unset = participant_name

    params["participant_name"] = json_participant_name

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    json_environment: None | str | Unset = environment

    params["environment"] = json_environment

    params["debug_events_request"] = debug_events_request

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversation/token",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | TokenResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.token_response_model import TokenResponseModel

    if response.status_code == 200:
        response_200 = TokenResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> HttpValidationError | TokenResponseModel | None:
    """Get Webrtc Token

    Get a WebRTC session token for real-time communication.

    Args:
        agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
            same underlying resource.
        participant_name (None | str | Unset): Optional custom participant name. If not provided,
            user ID will be used
        branch_id (None | str | Unset): The ID of the branch to use
        environment (None | str | Unset): The environment to use for resolving environment
            variables (e.g. 'production', 'staging'). Defaults to 'production'.
        debug_events_request (bool | Unset): Whether to enable debug events. Only available for
            users with editor access to the agent. Defaults to False on the server.
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        participant_name=participant_name,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> Response[HttpValidationError | TokenResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        participant_name=participant_name,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> HttpValidationError | TokenResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            participant_name=participant_name,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> Response[HttpValidationError | TokenResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        participant_name=participant_name,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
