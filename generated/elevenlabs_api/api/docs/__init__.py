"""`client.docs`: the operations of group `docs`, as methods of DocsResource and AsyncDocsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack, cast

import httpx

from ... import models
from ...types import UNSET, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncMultipartResponse,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    MultipartResponse,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
    check_path_parameter,
    raw_response,
)
from . import docs_redirect_to_mintlify


def _parse_docs_redirect_to_mintlify(response: httpx.Response) -> Any:
    response_200 = loads(response.content)
    return response_200


class DocsResource:
    """The operations of group `docs`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DocsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DocsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def redirect_to_mintlify(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Redirect To Mintlify

        `GET /docs`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = docs_redirect_to_mintlify._get_kwargs()

        return self._requester.request(kwargs, _parse_docs_redirect_to_mintlify, request_options)


class DocsResourceWithRawResponse:
    """`DocsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DocsResource) -> None:
        self.redirect_to_mintlify = raw_response(resource.redirect_to_mintlify)


class AsyncDocsResource:
    """The operations of group `docs`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDocsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDocsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def redirect_to_mintlify(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Redirect To Mintlify

        `GET /docs`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = docs_redirect_to_mintlify._get_kwargs()

        return await self._requester.request(kwargs, _parse_docs_redirect_to_mintlify, request_options)


class AsyncDocsResourceWithRawResponse:
    """`AsyncDocsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDocsResource) -> None:
        self.redirect_to_mintlify = async_raw_response(resource.redirect_to_mintlify)
