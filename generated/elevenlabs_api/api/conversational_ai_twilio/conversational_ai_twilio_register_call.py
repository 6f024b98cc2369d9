"""`POST /v1/convai/twilio/register-call`: Register A Twilio Call And Return Twiml."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

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

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> HttpValidationError | str | None:
    """Register A Twilio Call And Return Twiml

    Register a Twilio call and return TwiML to connect the call

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> Response[HttpValidationError | str]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> HttpValidationError | str | None:
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
    body: BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
) -> Response[HttpValidationError | str]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
