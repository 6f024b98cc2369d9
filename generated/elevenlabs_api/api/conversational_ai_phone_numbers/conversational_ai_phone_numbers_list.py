"""`GET /v1/convai/phone-numbers`: List Phone Numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import TelephonyProvider
    from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ...models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
    from ...models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    provider: None | TelephonyProvider | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: None | str | Unset
    if isinstance(provider, Unset):
        json_provider = UNSET
    elif isinstance(provider, str):
        json_provider = provider
    else:
        json_provider = provider

    params["provider"] = json_provider

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/phone-numbers",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HttpValidationError
    | list[GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel]
    | None
):
    from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ...models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
    from ...models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> (
                GetPhoneNumberExotelResponseModel
                | GetPhoneNumberSipTrunkResponseModel
                | GetPhoneNumberTwilioResponseModel
            ):
                return parse_strictly(_parse_response_200_item_member, data)

            def _parse_response_200_item_member(
                data: object,
            ) -> (
                GetPhoneNumberExotelResponseModel
                | GetPhoneNumberSipTrunkResponseModel
                | GetPhoneNumberTwilioResponseModel
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
                    response_200_item_type_0 = GetPhoneNumberTwilioResponseModel.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    response_200_item_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

                    return response_200_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_item_type_2 = GetPhoneNumberSipTrunkResponseModel.from_dict(data)

                return response_200_item_type_2

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    provider: None | TelephonyProvider | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> (
    HttpValidationError
    | list[GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel]
    | None
):
    """List Phone Numbers

    Retrieve all Phone Numbers

    Args:
        provider (None | TelephonyProvider | Unset): Filter by telephony provider
        agent_id (None | str | Unset): Filter by assigned agent ID
        branch_id (None | str | Unset): Filter by assigned branch ID
    """

    return sync_detailed(
        client=client,
        provider=provider,
        agent_id=agent_id,
        branch_id=branch_id,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    provider: None | TelephonyProvider | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[
    HttpValidationError
    | list[GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel]
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        provider=provider,
        agent_id=agent_id,
        branch_id=branch_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    provider: None | TelephonyProvider | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> (
    HttpValidationError
    | list[GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel]
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
            agent_id=agent_id,
            branch_id=branch_id,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    provider: None | TelephonyProvider | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[
    HttpValidationError
    | list[GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel]
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        provider=provider,
        agent_id=agent_id,
        branch_id=branch_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
