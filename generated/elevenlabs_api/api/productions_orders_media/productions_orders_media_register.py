"""`POST /v1/productions/orders/{order_id}/media`: Register Media."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_register_media_v1_productions_orders_order_id_media_post import (
        BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.register_media_response import RegisterMediaResponse


def _get_kwargs(
    order_id: str,
    *,
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/productions/orders/{order_id}/media".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | RegisterMediaResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.register_media_response import RegisterMediaResponse

    if response.status_code == 200:
        response_200 = RegisterMediaResponse.from_dict(response.json())

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
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> HttpValidationError | RegisterMediaResponse | None:
    """Register Media

    Registers a media file with an order, either by uploading it directly or by providing a URL to fetch
    it from. Exactly one of `media` or `media_url` must be provided. The registered media can then be
    referenced when adding order items.

    Args:
        order_id (str):
        body (BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost):
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
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> Response[HttpValidationError | RegisterMediaResponse]:
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
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> HttpValidationError | RegisterMediaResponse | None:
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
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> Response[HttpValidationError | RegisterMediaResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
