"""`GET /v1/convai/whatsapp-accounts`: List Whatsapp Accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_whats_app_accounts_response import ListWhatsAppAccountsResponse


def _get_kwargs(
    *,
    agent_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/whatsapp-accounts",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ListWhatsAppAccountsResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_whats_app_accounts_response import ListWhatsAppAccountsResponse

    if response.status_code == 200:
        response_200 = ListWhatsAppAccountsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
) -> HttpValidationError | ListWhatsAppAccountsResponse | None:
    """List Whatsapp Accounts

    List all WhatsApp accounts

    Args:
        agent_id (None | str | Unset): Filter by assigned agent ID
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ListWhatsAppAccountsResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
) -> HttpValidationError | ListWhatsAppAccountsResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ListWhatsAppAccountsResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
