"""`GET /v1/productions/orders/{order_id}/deliverables`: Get Order Deliverables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.order_deliverables_response import OrderDeliverablesResponse


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/productions/orders/{order_id}/deliverables".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | OrderDeliverablesResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.order_deliverables_response import OrderDeliverablesResponse

    if response.status_code == 200:
        response_200 = OrderDeliverablesResponse.from_dict(response.json())

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
) -> HttpValidationError | OrderDeliverablesResponse | None:
    """Get Order Deliverables

    Retrieves the delivered files for a completed order. Returns an empty list if the order is not yet
    completed.

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
) -> Response[HttpValidationError | OrderDeliverablesResponse]:
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
) -> HttpValidationError | OrderDeliverablesResponse | None:
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
) -> Response[HttpValidationError | OrderDeliverablesResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        order_id=order_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
