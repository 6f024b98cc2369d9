"""`GET /v1/productions/orders/languages/{order_item_kind}`: Get Available Languages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import OrderItemKind
    from ...models.http_validation_error import HttpValidationError
    from ...models.paired_languages_response import PairedLanguagesResponse
    from ...models.single_languages_response import SingleLanguagesResponse
    from ...models.unknown_variant import UnknownVariant


def _get_kwargs(
    order_item_kind: OrderItemKind,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/productions/orders/languages/{order_item_kind}".format(
            order_item_kind=quote(str(order_item_kind), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.paired_languages_response import PairedLanguagesResponse
    from ...models.single_languages_response import SingleLanguagesResponse
    from ...models.unknown_variant import UnknownVariant

    if response.status_code == 200:

        def _parse_response_200(data: object) -> PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant:
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant:
            if isinstance(data, dict):
                for known in (
                    PairedLanguagesResponse,
                    SingleLanguagesResponse,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_languages_response_type_0 = PairedLanguagesResponse.from_dict(data)

                return componentsschemas_languages_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_languages_response_type_1 = SingleLanguagesResponse.from_dict(data)

                return componentsschemas_languages_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            componentsschemas_languages_response_type_2 = UnknownVariant.from_dict(data)

            return componentsschemas_languages_response_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    order_item_kind: OrderItemKind,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant | None:
    """Get Available Languages

    Returns the available languages for a given order item kind.

    Args:
        order_item_kind (OrderItemKind):
    """

    return sync_detailed(
        order_item_kind=order_item_kind,
        client=client,
    ).parsed


def sync_detailed(
    order_item_kind: OrderItemKind,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        order_item_kind=order_item_kind,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    order_item_kind: OrderItemKind,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            order_item_kind=order_item_kind,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    order_item_kind: OrderItemKind,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        order_item_kind=order_item_kind,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
