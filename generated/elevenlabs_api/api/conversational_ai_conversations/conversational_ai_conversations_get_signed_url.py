"""`GET /v1/convai/conversation/get-signed-url`: Get Signed Url."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conversation_signed_url_response_model import ConversationSignedUrlResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    agent_id: str,
    include_conversation_id: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["include_conversation_id"] = include_conversation_id

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    json_environment: None | str | Unset = environment

    params["environment"] = json_environment

    params["debug_events_request"] = debug_events_request

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversation/get-signed-url",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationSignedUrlResponseModel | HttpValidationError | None:
    from ...models.conversation_signed_url_response_model import ConversationSignedUrlResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ConversationSignedUrlResponseModel.from_dict(response.json())

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
    include_conversation_id: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> ConversationSignedUrlResponseModel | HttpValidationError | None:
    """Get Signed Url

    Get a signed url to start a conversation with an agent with an agent that requires authorization

    Args:
        agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
            same underlying resource.
        include_conversation_id (bool | Unset): Whether to include a conversation_id with the
            response. If included, the conversation_signature cannot be used again. Defaults to False
            on the server.
        branch_id (None | str | Unset): The ID of the branch to use
        environment (None | str | Unset): The environment to use for resolving environment
            variables (e.g. 'production', 'staging'). Defaults to 'production'.
        debug_events_request (bool | Unset): Whether to enable debug events. Only available for
            users with editor access to the agent. Defaults to False on the server.
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        include_conversation_id=include_conversation_id,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    include_conversation_id: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> Response[ConversationSignedUrlResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_conversation_id=include_conversation_id,
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
    include_conversation_id: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> ConversationSignedUrlResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    include_conversation_id: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = UNSET,
) -> Response[ConversationSignedUrlResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_conversation_id=include_conversation_id,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
