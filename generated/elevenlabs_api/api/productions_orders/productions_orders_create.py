"""`POST /v1/productions/orders`: Create Order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_order_request import CreateOrderRequest
    from ...models.create_order_response import CreateOrderResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: CreateOrderRequest | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/productions/orders",
    }
    from ...models.create_order_request import CreateOrderRequest

    if isinstance(body, CreateOrderRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrderResponse | HttpValidationError | None:
    from ...models.create_order_response import CreateOrderResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreateOrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateOrderRequest | None | Unset = UNSET,
) -> CreateOrderResponse | HttpValidationError | None:
    """Create Order

    Creates a new Productions order in the workspace. The order starts in the open state and can be
    configured with items before submission.

    Args:
        body (CreateOrderRequest | None | Unset):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderRequest | None | Unset = UNSET,
) -> Response[CreateOrderResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateOrderRequest | None | Unset = UNSET,
) -> CreateOrderResponse | HttpValidationError | None:
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
    body: CreateOrderRequest | None | Unset = UNSET,
) -> Response[CreateOrderResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
