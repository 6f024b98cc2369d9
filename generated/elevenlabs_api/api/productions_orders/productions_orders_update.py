"""`PATCH /v1/productions/orders/{order_id}`: Update Order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_update_order_v1_productions_orders_order_id_patch import (
        BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_order_response import UpdateOrderResponse


def _get_kwargs(
    order_id: str,
    *,
    body: BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/productions/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | UpdateOrderResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_order_response import UpdateOrderResponse

    if response.status_code == 200:
        response_200 = UpdateOrderResponse.from_dict(response.json())

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
    body: BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
) -> HttpValidationError | UpdateOrderResponse | None:
    """Update Order

    Updates an open order.

    Args:
        order_id (str):
        body (BodyUpdateOrderV1ProductionsOrdersOrderIdPatch):
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
) -> Response[HttpValidationError | UpdateOrderResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
) -> HttpValidationError | UpdateOrderResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
) -> Response[HttpValidationError | UpdateOrderResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
