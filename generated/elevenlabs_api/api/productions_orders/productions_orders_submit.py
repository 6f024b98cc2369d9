"""`POST /v1/productions/orders/{order_id}/submit`: Submit Order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.submit_order_response import SubmitOrderResponse


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/productions/orders/{order_id}/submit".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SubmitOrderResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.submit_order_response import SubmitOrderResponse

    if response.status_code == 200:
        response_200 = SubmitOrderResponse.from_dict(response.json())

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
) -> HttpValidationError | SubmitOrderResponse | None:
    """Submit Order

    Submits an open order for processing. The order must have at least one item. Once submitted, items
    can no longer be modified.

    Upon submission, the workspace will be charged for the order. The quote is based on information
    extracted from the uploaded media, such as its duration. The quote may not be available immediately;
    if you wish to see the quote before submission, you may need to poll the order details until the
    quote is ready.

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
) -> Response[HttpValidationError | SubmitOrderResponse]:
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
) -> HttpValidationError | SubmitOrderResponse | None:
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
) -> Response[HttpValidationError | SubmitOrderResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        order_id=order_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
