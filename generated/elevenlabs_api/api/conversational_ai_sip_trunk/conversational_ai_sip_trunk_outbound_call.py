"""`POST /v1/convai/sip-trunk/outbound-call`: Handle An Outbound Call Via Sip Trunk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_handle_an_outbound_call_via_sip_trunk_v1_convai_sip_trunk_outbound_call_post import (
        BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.sip_trunk_outbound_call_response import SIPTrunkOutboundCallResponse


def _get_kwargs(
    *,
    body: BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost,
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
) -> HTTPValidationError | SIPTrunkOutboundCallResponse | None:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.sip_trunk_outbound_call_response import SIPTrunkOutboundCallResponse

    if response.status_code == 200:
        response_200 = SIPTrunkOutboundCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | SIPTrunkOutboundCallResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> Response[HTTPValidationError | SIPTrunkOutboundCallResponse]:
    """Handle An Outbound Call Via Sip Trunk

     Handle an outbound call via SIP trunk

    Args:
        body (BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SIPTrunkOutboundCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> HTTPValidationError | SIPTrunkOutboundCallResponse | None:
    """Handle An Outbound Call Via Sip Trunk

     Handle an outbound call via SIP trunk

    Args:
        body (BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SIPTrunkOutboundCallResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> Response[HTTPValidationError | SIPTrunkOutboundCallResponse]:
    """Handle An Outbound Call Via Sip Trunk

     Handle an outbound call via SIP trunk

    Args:
        body (BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SIPTrunkOutboundCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost,
) -> HTTPValidationError | SIPTrunkOutboundCallResponse | None:
    """Handle An Outbound Call Via Sip Trunk

     Handle an outbound call via SIP trunk

    Args:
        body (BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SIPTrunkOutboundCallResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
