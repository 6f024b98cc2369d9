"""`POST /v1/convai/sip-trunk/outbound-call`: Handle An Outbound Call Via Sip Trunk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_handle_an_outbound_call_via_sip_trunk_v1_convai_sip_trunk_outbound_call_post import (
        BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.sip_trunk_outbound_call_response import SipTrunkOutboundCallResponse


def _get_kwargs(
    *,
    body: BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/sip-trunk/outbound-call",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SipTrunkOutboundCallResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.sip_trunk_outbound_call_response import SipTrunkOutboundCallResponse

    if response.status_code == 200:
        response_200 = SipTrunkOutboundCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> HttpValidationError | SipTrunkOutboundCallResponse | None:
    """Handle An Outbound Call Via Sip Trunk

    Handle an outbound call via SIP trunk

    Args:
        body (BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> Response[HttpValidationError | SipTrunkOutboundCallResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> HttpValidationError | SipTrunkOutboundCallResponse | None:
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
    body: BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> Response[HttpValidationError | SipTrunkOutboundCallResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
