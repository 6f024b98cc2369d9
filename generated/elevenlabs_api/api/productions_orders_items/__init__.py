"""`client.productions.orders.items`: the operations of group `productions_orders_items`, as methods of ProductionsOrdersItemsResource and AsyncProductionsOrdersItemsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import productions_orders_items_remove, productions_orders_items_upsert


def _parse_productions_orders_items_upsert(response: httpx.Response) -> models.UpsertOrderItemResponse:
    from ...models.upsert_order_item_response import UpsertOrderItemResponse

    response_200 = UpsertOrderItemResponse.from_dict(loads(response.content))

    return response_200


def _parse_productions_orders_items_remove(response: httpx.Response) -> models.RemoveOrderItemResponse:
    from ...models.remove_order_item_response import RemoveOrderItemResponse

    response_200 = RemoveOrderItemResponse.from_dict(loads(response.content))

    return response_200


class ProductionsOrdersItemsResource:
    """The operations of group `productions_orders_items`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ProductionsOrdersItemsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ProductionsOrdersItemsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def upsert(
        self,
        order_id: str,
        request: models.UpsertOrderItemRequest,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.UpsertOrderItemResponse:
        """Upsert Order Item

        Adds or updates an order item on an open order. Returns the item ID and the quoted price.

        `POST /v1/productions/orders/{order_id}/items`.

        Args:
            order_id (str):
            request (UpsertOrderItemRequest):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        from ...models.body_upsert_order_item_v1_productions_orders_order_id_items_post import (
            BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
        )

        kwargs = productions_orders_items_upsert._get_kwargs(
            order_id=order_id,
            body=BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost(
                request=request,
            ),
        )

        return self._requester.request(kwargs, _parse_productions_orders_items_upsert, request_options)

    def remove(
        self,
        order_id: str,
        item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RemoveOrderItemResponse:
        """Remove Order Item

        Removes an order item from an open order.

        `DELETE /v1/productions/orders/{order_id}/items/{item_id}`.

        Args:
            order_id (str):
            item_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        check_path_parameter("item_id", item_id)
        kwargs = productions_orders_items_remove._get_kwargs(
            order_id=order_id,
            item_id=item_id,
        )

        return self._requester.request(kwargs, _parse_productions_orders_items_remove, request_options)


class ProductionsOrdersItemsResourceWithRawResponse:
    """`ProductionsOrdersItemsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ProductionsOrdersItemsResource) -> None:
        self.upsert = raw_response(resource.upsert)
        self.remove = raw_response(resource.remove)


class AsyncProductionsOrdersItemsResource:
    """The operations of group `productions_orders_items`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncProductionsOrdersItemsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncProductionsOrdersItemsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def upsert(
        self,
        order_id: str,
        request: models.UpsertOrderItemRequest,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.UpsertOrderItemResponse:
        """Upsert Order Item

        Adds or updates an order item on an open order. Returns the item ID and the quoted price.

        `POST /v1/productions/orders/{order_id}/items`.

        Args:
            order_id (str):
            request (UpsertOrderItemRequest):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        from ...models.body_upsert_order_item_v1_productions_orders_order_id_items_post import (
            BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
        )

        kwargs = productions_orders_items_upsert._get_kwargs(
            order_id=order_id,
            body=BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost(
                request=request,
            ),
        )

        return await self._requester.request(kwargs, _parse_productions_orders_items_upsert, request_options)

    async def remove(
        self,
        order_id: str,
        item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RemoveOrderItemResponse:
        """Remove Order Item

        Removes an order item from an open order.

        `DELETE /v1/productions/orders/{order_id}/items/{item_id}`.

        Args:
            order_id (str):
            item_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        check_path_parameter("item_id", item_id)
        kwargs = productions_orders_items_remove._get_kwargs(
            order_id=order_id,
            item_id=item_id,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_items_remove, request_options)


class AsyncProductionsOrdersItemsResourceWithRawResponse:
    """`AsyncProductionsOrdersItemsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncProductionsOrdersItemsResource) -> None:
        self.upsert = async_raw_response(resource.upsert)
        self.remove = async_raw_response(resource.remove)
