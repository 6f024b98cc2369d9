"""`client.productions.orders.languages`: the operations of group `productions_orders_languages`, as methods of ProductionsOrdersLanguagesResource and AsyncProductionsOrdersLanguagesResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads, parse_strictly
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
from . import productions_orders_languages_list


def _parse_productions_orders_languages_list(
    response: httpx.Response,
) -> models.PairedLanguagesResponse | models.SingleLanguagesResponse | models.UnknownVariant:
    from ...models.paired_languages_response import PairedLanguagesResponse
    from ...models.single_languages_response import SingleLanguagesResponse
    from ...models.unknown_variant import UnknownVariant

    def _parse_response_200(data: object) -> PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant:
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(data: object) -> PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant:
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

    response_200 = _parse_response_200(loads(response.content))

    return response_200


class ProductionsOrdersLanguagesResource:
    """The operations of group `productions_orders_languages`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ProductionsOrdersLanguagesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ProductionsOrdersLanguagesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        order_item_kind: models.OrderItemKind,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PairedLanguagesResponse | models.SingleLanguagesResponse | models.UnknownVariant:
        """Get Available Languages

        Returns the available languages for a given order item kind.

        `GET /v1/productions/orders/languages/{order_item_kind}`.

        Args:
            order_item_kind (OrderItemKind):  One of: dub, subtitles, transcription.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_item_kind", order_item_kind)
        kwargs = productions_orders_languages_list._get_kwargs(
            order_item_kind=order_item_kind,
        )

        return self._requester.request(kwargs, _parse_productions_orders_languages_list, request_options)


class ProductionsOrdersLanguagesResourceWithRawResponse:
    """`ProductionsOrdersLanguagesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ProductionsOrdersLanguagesResource) -> None:
        self.list = raw_response(resource.list)


class AsyncProductionsOrdersLanguagesResource:
    """The operations of group `productions_orders_languages`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncProductionsOrdersLanguagesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncProductionsOrdersLanguagesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        order_item_kind: models.OrderItemKind,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PairedLanguagesResponse | models.SingleLanguagesResponse | models.UnknownVariant:
        """Get Available Languages

        Returns the available languages for a given order item kind.

        `GET /v1/productions/orders/languages/{order_item_kind}`.

        Args:
            order_item_kind (OrderItemKind):  One of: dub, subtitles, transcription.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_item_kind", order_item_kind)
        kwargs = productions_orders_languages_list._get_kwargs(
            order_item_kind=order_item_kind,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_languages_list, request_options)


class AsyncProductionsOrdersLanguagesResourceWithRawResponse:
    """`AsyncProductionsOrdersLanguagesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncProductionsOrdersLanguagesResource) -> None:
        self.list = async_raw_response(resource.list)
