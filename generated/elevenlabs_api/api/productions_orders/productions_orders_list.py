"""`GET /v1/productions/orders`: List Orders."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import OrderState
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_orders_response import ListOrdersResponse


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status: list[OrderState] | None | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["offset"] = offset

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item: str = status_type_0_item_data
            json_status.append(status_type_0_item)

    else:
        json_status = status

    params["status"] = json_status

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date

    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date

    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/productions/orders",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ListOrdersResponse | None:

    from ...models.http_validation_error import HttpValidationError
    from ...models.list_orders_response import ListOrdersResponse

    if response.status_code == 200:
        response_200 = ListOrdersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status: list[OrderState] | None | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> HttpValidationError | ListOrdersResponse | None:
    """List Orders

    Lists Productions orders in the workspace. Supports filtering by status and date range, with
    pagination.

    Args:
        page_size (int | Unset): Maximum number of orders to return per page. Defaults to 20 on
            the server.
        offset (int | Unset): Number of orders to skip for pagination. Defaults to 0 on the
            server.
        status (list[OrderState] | None | Unset): Filter orders by one or more statuses.
        start_date (datetime.datetime | None | Unset): Filter orders created on or after this
            date.
        end_date (datetime.datetime | None | Unset): Filter orders created on or before this date.
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        offset=offset,
        status=status,
        start_date=start_date,
        end_date=end_date,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status: list[OrderState] | None | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> Response[HttpValidationError | ListOrdersResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        offset=offset,
        status=status,
        start_date=start_date,
        end_date=end_date,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status: list[OrderState] | None | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> HttpValidationError | ListOrdersResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            offset=offset,
            status=status,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    status: list[OrderState] | None | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> Response[HttpValidationError | ListOrdersResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        offset=offset,
        status=status,
        start_date=start_date,
        end_date=end_date,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
