"""`GET /v1/productions/orders/{order_id}`: Get Order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.order_response import OrderResponse


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/productions/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | OrderResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.order_response import OrderResponse

    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | OrderResponse | None:
    """Get Order

    Retrieves full details for a Productions order.

    Quote and pricing information may not be available immediately; if you wish to see the quote before
    submission, you may need to poll the order details until it is ready.

    Args:
        order_id (str):
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | OrderResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        order_id=order_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | OrderResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | OrderResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        order_id=order_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
