"""`POST /v1/convai/twilio/register-call`: Register A Twilio Call And Return Twiml."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post import (
        BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/twilio/register-call",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | str | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HttpValidationError | str]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> Response[HttpValidationError | str]:
    """Register A Twilio Call And Return Twiml

     Register a Twilio call and return TwiML to connect the call

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> HttpValidationError | str | None:
    """Register A Twilio Call And Return Twiml

     Register a Twilio call and return TwiML to connect the call

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> Response[HttpValidationError | str]:
    """Register A Twilio Call And Return Twiml

     Register a Twilio call and return TwiML to connect the call

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> HttpValidationError | str | None:
    """Register A Twilio Call And Return Twiml

     Register a Twilio call and return TwiML to connect the call

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
