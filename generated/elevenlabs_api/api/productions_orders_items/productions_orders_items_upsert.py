"""`POST /v1/productions/orders/{order_id}/items`: Upsert Order Item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_upsert_order_item_v1_productions_orders_order_id_items_post import (
        BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.upsert_order_item_response import UpsertOrderItemResponse


def _get_kwargs(
    order_id: str,
    *,
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/productions/orders/{order_id}/items".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | UpsertOrderItemResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.upsert_order_item_response import UpsertOrderItemResponse

    if response.status_code == 200:
        response_200 = UpsertOrderItemResponse.from_dict(response.json())

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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> HttpValidationError | UpsertOrderItemResponse | None:
    """Upsert Order Item

    Adds or updates an order item on an open order. Returns the item ID and the quoted price.

    Args:
        order_id (str):
        body (BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost):
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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> Response[HttpValidationError | UpsertOrderItemResponse]:
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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> HttpValidationError | UpsertOrderItemResponse | None:
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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> Response[HttpValidationError | UpsertOrderItemResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
