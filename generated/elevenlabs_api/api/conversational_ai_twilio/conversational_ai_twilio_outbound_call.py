"""`POST /v1/convai/twilio/outbound-call`: Handle An Outbound Call Via Twilio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_handle_an_outbound_call_via_twilio_v1_convai_twilio_outbound_call_post import (
        BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.twilio_outbound_call_response import TwilioOutboundCallResponse


def _get_kwargs(
    *,
    body: BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/twilio/outbound-call",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | TwilioOutboundCallResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.twilio_outbound_call_response import TwilioOutboundCallResponse

    if response.status_code == 200:
        response_200 = TwilioOutboundCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
) -> HttpValidationError | TwilioOutboundCallResponse | None:
    """Handle An Outbound Call Via Twilio

    Handle an outbound call via Twilio

    Args:
        body (BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
) -> Response[HttpValidationError | TwilioOutboundCallResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
) -> HttpValidationError | TwilioOutboundCallResponse | None:
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
    body: BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
) -> Response[HttpValidationError | TwilioOutboundCallResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
