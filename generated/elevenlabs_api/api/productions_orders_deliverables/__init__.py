"""`client.productions.orders.deliverables`: the operations of group `productions_orders_deliverables`, as methods of ProductionsOrdersDeliverablesResource and AsyncProductionsOrdersDeliverablesResource."""

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
from . import productions_orders_deliverables_list


def _parse_productions_orders_deliverables_list(response: httpx.Response) -> models.OrderDeliverablesResponse:
    from ...models.order_deliverables_response import OrderDeliverablesResponse

    response_200 = OrderDeliverablesResponse.from_dict(loads(response.content))

    return response_200


class ProductionsOrdersDeliverablesResource:
    """The operations of group `productions_orders_deliverables`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ProductionsOrdersDeliverablesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ProductionsOrdersDeliverablesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.OrderDeliverablesResponse:
        """Get Order Deliverables

        Retrieves the delivered files for a completed order. Returns an empty list if the order is not yet
        completed.

        `GET /v1/productions/orders/{order_id}/deliverables`.

        Args:
            order_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        kwargs = productions_orders_deliverables_list._get_kwargs(
            order_id=order_id,
        )

        return self._requester.request(kwargs, _parse_productions_orders_deliverables_list, request_options)


class ProductionsOrdersDeliverablesResourceWithRawResponse:
    """`ProductionsOrdersDeliverablesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ProductionsOrdersDeliverablesResource) -> None:
        self.list = raw_response(resource.list)


class AsyncProductionsOrdersDeliverablesResource:
    """The operations of group `productions_orders_deliverables`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncProductionsOrdersDeliverablesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncProductionsOrdersDeliverablesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        order_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.OrderDeliverablesResponse:
        """Get Order Deliverables

        Retrieves the delivered files for a completed order. Returns an empty list if the order is not yet
        completed.

        `GET /v1/productions/orders/{order_id}/deliverables`.

        Args:
            order_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        kwargs = productions_orders_deliverables_list._get_kwargs(
            order_id=order_id,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_deliverables_list, request_options)


class AsyncProductionsOrdersDeliverablesResourceWithRawResponse:
    """`AsyncProductionsOrdersDeliverablesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncProductionsOrdersDeliverablesResource) -> None:
        self.list = async_raw_response(resource.list)
