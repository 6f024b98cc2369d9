"""`POST /v1/convai/whatsapp/outbound-message`: Send An Outbound Message Via Whatsapp."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
        BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.whats_app_outbound_message_response import WhatsAppOutboundMessageResponse


def _get_kwargs(
    *,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/whatsapp/outbound-message",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WhatsAppOutboundMessageResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.whats_app_outbound_message_response import WhatsAppOutboundMessageResponse

    if response.status_code == 200:
        response_200 = WhatsAppOutboundMessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> HttpValidationError | WhatsAppOutboundMessageResponse | None:
    """Send An Outbound Message Via Whatsapp

    Send an outbound message via WhatsApp

    Args:
        body (BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> Response[HttpValidationError | WhatsAppOutboundMessageResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> HttpValidationError | WhatsAppOutboundMessageResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> Response[HttpValidationError | WhatsAppOutboundMessageResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
