"""`client.productions.orders`: the operations of group `productions_orders`, as methods of ProductionsOrdersResource and AsyncProductionsOrdersResource."""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    former_names,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..productions_orders_deliverables import (
        AsyncProductionsOrdersDeliverablesResource,
        ProductionsOrdersDeliverablesResource,
    )
    from ..productions_orders_items import AsyncProductionsOrdersItemsResource, ProductionsOrdersItemsResource
    from ..productions_orders_languages import (
        AsyncProductionsOrdersLanguagesResource,
        ProductionsOrdersLanguagesResource,
    )
    from ..productions_orders_media import AsyncProductionsOrdersMediaResource, ProductionsOrdersMediaResource
from . import (
    productions_orders_create,
    productions_orders_get,
    productions_orders_list,
    productions_orders_submit,
    productions_orders_update,
)


def _parse_productions_orders_list(response: httpx.Response) -> models.ListOrdersResponse:
    from ...models.list_orders_response import ListOrdersResponse

    response_200 = ListOrdersResponse.from_dict(loads(response.content))

    return response_200


def _parse_productions_orders_create(response: httpx.Response) -> models.CreateOrderResponse:
    from ...models.create_order_response import CreateOrderResponse

    response_200 = CreateOrderResponse.from_dict(loads(response.content))

    return response_200


def _parse_productions_orders_get(response: httpx.Response) -> models.OrderResponse:
    from ...models.order_response import OrderResponse

    response_200 = OrderResponse.from_dict(loads(response.content))

    return response_200


def _parse_productions_orders_update(response: httpx.Response) -> models.UpdateOrderResponse:
    from ...models.update_order_response import UpdateOrderResponse

    response_200 = UpdateOrderResponse.from_dict(loads(response.content))

    return response_200


def _parse_productions_orders_submit(response: httpx.Response) -> models.SubmitOrderResponse:
    from ...models.submit_order_response import SubmitOrderResponse

    response_200 = SubmitOrderResponse.from_dict(loads(response.content))

    return response_200


_PAGING_PRODUCTIONS_ORDERS_LIST = Paging(
    items="orders",
    kind="offset",
    parameter="offset",
    start=0,
)


class ProductionsOrdersListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    offset: int | Unset
    status: builtins.list[models.OrderState] | None | Unset
    start_date: datetime.datetime | None | Unset
    end_date: datetime.datetime | None | Unset


class ProductionsOrdersResource:
    """The operations of group `productions_orders`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ProductionsOrdersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ProductionsOrdersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def deliverables(self) -> ProductionsOrdersDeliverablesResource:
        """`productions_orders_deliverables` operations."""
        from ..productions_orders_deliverables import ProductionsOrdersDeliverablesResource

        return ProductionsOrdersDeliverablesResource(self._requester)

    @functools.cached_property
    def items(self) -> ProductionsOrdersItemsResource:
        """`productions_orders_items` operations."""
        from ..productions_orders_items import ProductionsOrdersItemsResource

        return ProductionsOrdersItemsResource(self._requester)

    @functools.cached_property
    def languages(self) -> ProductionsOrdersLanguagesResource:
        """`productions_orders_languages` operations."""
        from ..productions_orders_languages import ProductionsOrdersLanguagesResource

        return ProductionsOrdersLanguagesResource(self._requester)

    @functools.cached_property
    def media(self) -> ProductionsOrdersMediaResource:
        """`productions_orders_media` operations."""
        from ..productions_orders_media import ProductionsOrdersMediaResource

        return ProductionsOrdersMediaResource(self._requester)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: builtins.list[models.OrderState] | None | Unset = UNSET,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListOrdersResponse:
        """List Orders

        Lists Productions orders in the workspace. Supports filtering by status and date range, with
        pagination.

        `GET /v1/productions/orders`.

        Args:
            page_size (int | Unset): Maximum number of orders to return per page. Defaults to 20 on the
                server.
            offset (int | Unset): Number of orders to skip for pagination. Defaults to 0 on the server.
            status (list[OrderState] | None | Unset): Filter orders by one or more statuses.
            start_date (datetime.datetime | None | Unset): Filter orders created on or after this date.
            end_date (datetime.datetime | None | Unset): Filter orders created on or before this date.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = productions_orders_list._get_kwargs(
            page_size=page_size,
            offset=offset,
            status=status,
            start_date=start_date,
            end_date=end_date,
        )

        return self._requester.request(kwargs, _parse_productions_orders_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ProductionsOrdersListQuery],
    ) -> Iterator[models.ListOrdersResponse]:
        """Every page of `list` with these parameters, moving `offset` on by the items received."""
        return self._requester.pages(self.list, query, _PAGING_PRODUCTIONS_ORDERS_LIST)

    def iter_all(
        self,
        **query: Unpack[ProductionsOrdersListQuery],
    ) -> Iterator[models.OrderSummary]:
        """Every item (`orders`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.orders

    @former_names(body="request")
    def create(
        self,
        *,
        request: models.CreateOrderRequest | None | Unset,
        request_options: RequestOptions | None = None,
    ) -> models.CreateOrderResponse:
        """Create Order

        Creates a new Productions order in the workspace. The order starts in the open state and can be
        configured with items before submission.

        `POST /v1/productions/orders`.

        Args:
            request (CreateOrderRequest | None): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = productions_orders_create._get_kwargs(
            body=request,
        )

        return self._requester.request(kwargs, _parse_productions_orders_create, request_options)

    def get(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.OrderResponse:
        """Get Order

        Retrieves full details for a Productions order.

        Quote and pricing information may not be available immediately; if you wish to see the quote before
        submission, you may need to poll the order details until it is ready.

        `GET /v1/productions/orders/{order_id}`.

        Args:
            order_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        kwargs = productions_orders_get._get_kwargs(
            order_id=order_id,
        )

        return self._requester.request(kwargs, _parse_productions_orders_get, request_options)

    def update(
        self,
        order_id: str,
        request: models.UpdateOrderRequest,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.UpdateOrderResponse:
        """Update Order

        Updates an open order.

        `PATCH /v1/productions/orders/{order_id}`.

        Args:
            order_id (str):
            request (UpdateOrderRequest):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        from ...models.body_update_order_v1_productions_orders_order_id_patch import (
            BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
        )

        kwargs = productions_orders_update._get_kwargs(
            order_id=order_id,
            body=BodyUpdateOrderV1ProductionsOrdersOrderIdPatch(
                request=request,
            ),
        )

        return self._requester.request(kwargs, _parse_productions_orders_update, request_options)

    def submit(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SubmitOrderResponse:
        """Submit Order

        Submits an open order for processing. The order must have at least one item. Once submitted, items
        can no longer be modified.

        Upon submission, the workspace will be charged for the order. The quote is based on information
        extracted from the uploaded media, such as its duration. The quote may not be available immediately;
        if you wish to see the quote before submission, you may need to poll the order details until the
        quote is ready.

        `POST /v1/productions/orders/{order_id}/submit`.

        Args:
            order_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        kwargs = productions_orders_submit._get_kwargs(
            order_id=order_id,
        )

        return self._requester.request(kwargs, _parse_productions_orders_submit, request_options)


class ProductionsOrdersResourceWithRawResponse:
    """`ProductionsOrdersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ProductionsOrdersResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.submit = raw_response(resource.submit)


class AsyncProductionsOrdersResource:
    """The operations of group `productions_orders`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncProductionsOrdersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncProductionsOrdersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def deliverables(self) -> AsyncProductionsOrdersDeliverablesResource:
        """`productions_orders_deliverables` operations."""
        from ..productions_orders_deliverables import AsyncProductionsOrdersDeliverablesResource

        return AsyncProductionsOrdersDeliverablesResource(self._requester)

    @functools.cached_property
    def items(self) -> AsyncProductionsOrdersItemsResource:
        """`productions_orders_items` operations."""
        from ..productions_orders_items import AsyncProductionsOrdersItemsResource

        return AsyncProductionsOrdersItemsResource(self._requester)

    @functools.cached_property
    def languages(self) -> AsyncProductionsOrdersLanguagesResource:
        """`productions_orders_languages` operations."""
        from ..productions_orders_languages import AsyncProductionsOrdersLanguagesResource

        return AsyncProductionsOrdersLanguagesResource(self._requester)

    @functools.cached_property
    def media(self) -> AsyncProductionsOrdersMediaResource:
        """`productions_orders_media` operations."""
        from ..productions_orders_media import AsyncProductionsOrdersMediaResource

        return AsyncProductionsOrdersMediaResource(self._requester)

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        status: builtins.list[models.OrderState] | None | Unset = UNSET,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListOrdersResponse:
        """List Orders

        Lists Productions orders in the workspace. Supports filtering by status and date range, with
        pagination.

        `GET /v1/productions/orders`.

        Args:
            page_size (int | Unset): Maximum number of orders to return per page. Defaults to 20 on the
                server.
            offset (int | Unset): Number of orders to skip for pagination. Defaults to 0 on the server.
            status (list[OrderState] | None | Unset): Filter orders by one or more statuses.
            start_date (datetime.datetime | None | Unset): Filter orders created on or after this date.
            end_date (datetime.datetime | None | Unset): Filter orders created on or before this date.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = productions_orders_list._get_kwargs(
            page_size=page_size,
            offset=offset,
            status=status,
            start_date=start_date,
            end_date=end_date,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ProductionsOrdersListQuery],
    ) -> AsyncIterator[models.ListOrdersResponse]:
        """Every page of `list` with these parameters, moving `offset` on by the items received."""
        return self._requester.pages(self.list, query, _PAGING_PRODUCTIONS_ORDERS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ProductionsOrdersListQuery],
    ) -> AsyncIterator[models.OrderSummary]:
        """Every item (`orders`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.orders:
                yield item

    @former_names(body="request")
    async def create(
        self,
        *,
        request: models.CreateOrderRequest | None | Unset,
        request_options: RequestOptions | None = None,
    ) -> models.CreateOrderResponse:
        """Create Order

        Creates a new Productions order in the workspace. The order starts in the open state and can be
        configured with items before submission.

        `POST /v1/productions/orders`.

        Args:
            request (CreateOrderRequest | None): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = productions_orders_create._get_kwargs(
            body=request,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_create, request_options)

    async def get(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.OrderResponse:
        """Get Order

        Retrieves full details for a Productions order.

        Quote and pricing information may not be available immediately; if you wish to see the quote before
        submission, you may need to poll the order details until it is ready.

        `GET /v1/productions/orders/{order_id}`.

        Args:
            order_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        kwargs = productions_orders_get._get_kwargs(
            order_id=order_id,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_get, request_options)

    async def update(
        self,
        order_id: str,
        request: models.UpdateOrderRequest,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.UpdateOrderResponse:
        """Update Order

        Updates an open order.

        `PATCH /v1/productions/orders/{order_id}`.

        Args:
            order_id (str):
            request (UpdateOrderRequest):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        from ...models.body_update_order_v1_productions_orders_order_id_patch import (
            BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
        )

        kwargs = productions_orders_update._get_kwargs(
            order_id=order_id,
            body=BodyUpdateOrderV1ProductionsOrdersOrderIdPatch(
                request=request,
            ),
        )

        return await self._requester.request(kwargs, _parse_productions_orders_update, request_options)

    async def submit(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SubmitOrderResponse:
        """Submit Order

        Submits an open order for processing. The order must have at least one item. Once submitted, items
        can no longer be modified.

        Upon submission, the workspace will be charged for the order. The quote is based on information
        extracted from the uploaded media, such as its duration. The quote may not be available immediately;
        if you wish to see the quote before submission, you may need to poll the order details until the
        quote is ready.

        `POST /v1/productions/orders/{order_id}/submit`.

        Args:
            order_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        kwargs = productions_orders_submit._get_kwargs(
            order_id=order_id,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_submit, request_options)


class AsyncProductionsOrdersResourceWithRawResponse:
    """`AsyncProductionsOrdersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncProductionsOrdersResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.submit = async_raw_response(resource.submit)
