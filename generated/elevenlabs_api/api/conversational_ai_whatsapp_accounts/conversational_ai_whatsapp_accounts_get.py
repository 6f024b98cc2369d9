"""`GET /v1/convai/whatsapp-accounts/{phone_number_id}`: Get Whatsapp Account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_whats_app_account_response import GetWhatsAppAccountResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    phone_number_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/whatsapp-accounts/{phone_number_id}".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWhatsAppAccountResponse | HttpValidationError | None:
    from ...models.get_whats_app_account_response import GetWhatsAppAccountResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetWhatsAppAccountResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
) -> GetWhatsAppAccountResponse | HttpValidationError | None:
    """Get Whatsapp Account

    Get a WhatsApp account

    Args:
        phone_number_id (str):
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
    ).parsed


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetWhatsAppAccountResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
) -> GetWhatsAppAccountResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetWhatsAppAccountResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
