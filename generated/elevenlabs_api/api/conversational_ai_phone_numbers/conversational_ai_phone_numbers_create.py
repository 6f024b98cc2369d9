"""`POST /v1/convai/phone-numbers`: Import Phone Number."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_exotel_phone_number_request import CreateExotelPhoneNumberRequest
    from ...models.create_phone_number_response_model import CreatePhoneNumberResponseModel
    from ...models.create_sip_trunk_phone_number_request import CreateSipTrunkPhoneNumberRequest
    from ...models.create_twilio_phone_number_request import CreateTwilioPhoneNumberRequest
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest | CreateTwilioPhoneNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/phone-numbers",
    }
    from ...models.create_exotel_phone_number_request import CreateExotelPhoneNumberRequest
    from ...models.create_sip_trunk_phone_number_request import CreateSipTrunkPhoneNumberRequest
    from ...models.create_twilio_phone_number_request import CreateTwilioPhoneNumberRequest

    if (
        isinstance(body, CreateTwilioPhoneNumberRequest)
        or isinstance(body, CreateExotelPhoneNumberRequest)
        or isinstance(body, CreateSipTrunkPhoneNumberRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePhoneNumberResponseModel | HttpValidationError | None:
    from ...models.create_phone_number_response_model import CreatePhoneNumberResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreatePhoneNumberResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest | CreateTwilioPhoneNumberRequest,
) -> CreatePhoneNumberResponseModel | HttpValidationError | None:
    """Import Phone Number

    Import Phone Number from provider configuration (Twilio, Exotel, or SIP trunk)

    Args:
        body (CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest |
            CreateTwilioPhoneNumberRequest): Create Phone Request Information
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest | CreateTwilioPhoneNumberRequest,
) -> Response[CreatePhoneNumberResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest | CreateTwilioPhoneNumberRequest,
) -> CreatePhoneNumberResponseModel | HttpValidationError | None:
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
    body: CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest | CreateTwilioPhoneNumberRequest,
) -> Response[CreatePhoneNumberResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
