"""`PATCH /v1/convai/whatsapp-accounts/{phone_number_id}`: Update Whatsapp Account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_whats_app_account_request import UpdateWhatsAppAccountRequest


def _get_kwargs(
    phone_number_id: str,
    *,
    body: UpdateWhatsAppAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/whatsapp-accounts/{phone_number_id}".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.json()
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
    body: UpdateWhatsAppAccountRequest,
) -> Any | HttpValidationError | None:
    """Update Whatsapp Account

    Update a WhatsApp account

    Args:
        phone_number_id (str):
        body (UpdateWhatsAppAccountRequest):
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWhatsAppAccountRequest,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWhatsAppAccountRequest,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWhatsAppAccountRequest,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
