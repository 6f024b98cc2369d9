"""`client.productions.orders.media`: the operations of group `productions_orders_media`, as methods of ProductionsOrdersMediaResource and AsyncProductionsOrdersMediaResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
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
from . import productions_orders_media_get, productions_orders_media_register


def _parse_productions_orders_media_register(response: httpx.Response) -> models.RegisterMediaResponse:
    from ...models.register_media_response import RegisterMediaResponse

    response_200 = RegisterMediaResponse.from_dict(loads(response.content))

    return response_200


def _parse_productions_orders_media_get(response: httpx.Response) -> models.OrderMediaResponse:
    from ...models.order_media_response import OrderMediaResponse

    response_200 = OrderMediaResponse.from_dict(loads(response.content))

    return response_200


class ProductionsOrdersMediaResource:
    """The operations of group `productions_orders_media`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ProductionsOrdersMediaResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ProductionsOrdersMediaResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def register(
        self,
        order_id: str,
        declared_language: str,
        *,
        media: FileInput | None | Unset = UNSET,
        media_url: None | str | Unset = UNSET,
        media_url_filename: None | str | Unset = UNSET,
        media_url_content_type: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.RegisterMediaResponse:
        """Register Media

        Registers a media file with an order, either by uploading it directly or by providing a URL to fetch
        it from. Exactly one of `media` or `media_url` must be provided. The registered media can then be
        referenced when adding order items.

        `POST /v1/productions/orders/{order_id}/media`.

        Args:
            order_id (str):
            declared_language (str): The language code of the media content (e.g. 'en', 'es-ES'). Must
                be a supported source language for some order item kind.
            media (FileInput | None | Unset): The media file to upload. Mutually exclusive with
                media_url.
            media_url (None | str | Unset): A URL to fetch the media file from. Mutually exclusive with
                media.
            media_url_filename (None | str | Unset): The filename for URL-sourced media (e.g.
                'example.mp4'). Required when using media_url.
            media_url_content_type (None | str | Unset): The MIME type for URL-sourced media (e.g.
                'video/mp4'). Required when using media_url.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        from ...models.body_register_media_v1_productions_orders_order_id_media_post import (
            BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
        )

        kwargs = productions_orders_media_register._get_kwargs(
            order_id=order_id,
            body=BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost(
                declared_language=declared_language,
                media=media if isinstance(media, Unset) or media is None else as_file(media),
                media_url=media_url,
                media_url_filename=media_url_filename,
                media_url_content_type=media_url_content_type,
            ),
        )

        return self._requester.request(kwargs, _parse_productions_orders_media_register, request_options)

    def get(
        self,
        order_id: str,
        media_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.OrderMediaResponse:
        """Get Media Info

        Retrieves metadata and a time-limited download URL for a previously uploaded media file.

        `GET /v1/productions/orders/{order_id}/media/{media_id}`.

        Args:
            order_id (str):
            media_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        check_path_parameter("media_id", media_id)
        kwargs = productions_orders_media_get._get_kwargs(
            order_id=order_id,
            media_id=media_id,
        )

        return self._requester.request(kwargs, _parse_productions_orders_media_get, request_options)


class ProductionsOrdersMediaResourceWithRawResponse:
    """`ProductionsOrdersMediaResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ProductionsOrdersMediaResource) -> None:
        self.register = raw_response(resource.register)
        self.get = raw_response(resource.get)


class AsyncProductionsOrdersMediaResource:
    """The operations of group `productions_orders_media`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncProductionsOrdersMediaResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncProductionsOrdersMediaResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def register(
        self,
        order_id: str,
        declared_language: str,
        *,
        media: FileInput | None | Unset = UNSET,
        media_url: None | str | Unset = UNSET,
        media_url_filename: None | str | Unset = UNSET,
        media_url_content_type: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.RegisterMediaResponse:
        """Register Media

        Registers a media file with an order, either by uploading it directly or by providing a URL to fetch
        it from. Exactly one of `media` or `media_url` must be provided. The registered media can then be
        referenced when adding order items.

        `POST /v1/productions/orders/{order_id}/media`.

        Args:
            order_id (str):
            declared_language (str): The language code of the media content (e.g. 'en', 'es-ES'). Must
                be a supported source language for some order item kind.
            media (FileInput | None | Unset): The media file to upload. Mutually exclusive with
                media_url.
            media_url (None | str | Unset): A URL to fetch the media file from. Mutually exclusive with
                media.
            media_url_filename (None | str | Unset): The filename for URL-sourced media (e.g.
                'example.mp4'). Required when using media_url.
            media_url_content_type (None | str | Unset): The MIME type for URL-sourced media (e.g.
                'video/mp4'). Required when using media_url.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        from ...models.body_register_media_v1_productions_orders_order_id_media_post import (
            BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
        )

        kwargs = productions_orders_media_register._get_kwargs(
            order_id=order_id,
            body=BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost(
                declared_language=declared_language,
                media=media if isinstance(media, Unset) or media is None else as_file(media),
                media_url=media_url,
                media_url_filename=media_url_filename,
                media_url_content_type=media_url_content_type,
            ),
        )

        return await self._requester.request(kwargs, _parse_productions_orders_media_register, request_options)

    async def get(
        self,
        order_id: str,
        media_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.OrderMediaResponse:
        """Get Media Info

        Retrieves metadata and a time-limited download URL for a previously uploaded media file.

        `GET /v1/productions/orders/{order_id}/media/{media_id}`.

        Args:
            order_id (str):
            media_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("order_id", order_id)
        check_path_parameter("media_id", media_id)
        kwargs = productions_orders_media_get._get_kwargs(
            order_id=order_id,
            media_id=media_id,
        )

        return await self._requester.request(kwargs, _parse_productions_orders_media_get, request_options)


class AsyncProductionsOrdersMediaResourceWithRawResponse:
    """`AsyncProductionsOrdersMediaResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncProductionsOrdersMediaResource) -> None:
        self.register = async_raw_response(resource.register)
        self.get = async_raw_response(resource.get)
