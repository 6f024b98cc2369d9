"""`GET /v1/convai/phone-numbers/{phone_number_id}`: Get Phone Number."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ...models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
    from ...models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    phone_number_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/phone-numbers/{phone_number_id}".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPhoneNumberExotelResponseModel
    | GetPhoneNumberSipTrunkResponseModel
    | GetPhoneNumberTwilioResponseModel
    | HttpValidationError
    | None
):
    from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ...models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
    from ...models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel
        ):
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> (
            GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel
        ):
            if isinstance(data, dict):
                for known in (
                    GetPhoneNumberTwilioResponseModel,
                    GetPhoneNumberExotelResponseModel,
                    GetPhoneNumberSipTrunkResponseModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = GetPhoneNumberTwilioResponseModel.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_2 = GetPhoneNumberSipTrunkResponseModel.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

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
) -> (
    GetPhoneNumberExotelResponseModel
    | GetPhoneNumberSipTrunkResponseModel
    | GetPhoneNumberTwilioResponseModel
    | HttpValidationError
    | None
):
    """Get Phone Number

    Retrieve Phone Number details by ID

    Args:
        phone_number_id (str): The phone number ID. This is returned when a phone number is
            imported.
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
    ).parsed


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetPhoneNumberExotelResponseModel
    | GetPhoneNumberSipTrunkResponseModel
    | GetPhoneNumberTwilioResponseModel
    | HttpValidationError
]:
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
) -> (
    GetPhoneNumberExotelResponseModel
    | GetPhoneNumberSipTrunkResponseModel
    | GetPhoneNumberTwilioResponseModel
    | HttpValidationError
    | None
):
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
) -> Response[
    GetPhoneNumberExotelResponseModel
    | GetPhoneNumberSipTrunkResponseModel
    | GetPhoneNumberTwilioResponseModel
    | HttpValidationError
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
