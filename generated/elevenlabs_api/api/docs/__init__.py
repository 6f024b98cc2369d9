"""`client.docs`: the operations of group `docs`, as methods of DocsResource and AsyncDocsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    check_path_parameter,
)
from . import docs_redirect_to_mintlify


def _parse_docs_redirect_to_mintlify(response: httpx.Response) -> Any:
    response_200 = response.json()
    return response_200


class DocsResource:
    """The operations of group `docs`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def redirect_to_mintlify(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Redirect To Mintlify

        `GET /docs`.
        """

        kwargs = docs_redirect_to_mintlify._get_kwargs()

        return self._requester.request(kwargs, _parse_docs_redirect_to_mintlify, request_options)


class AsyncDocsResource:
    """The operations of group `docs`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def redirect_to_mintlify(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Redirect To Mintlify

        `GET /docs`.
        """

        kwargs = docs_redirect_to_mintlify._get_kwargs()

        return await self._requester.request(kwargs, _parse_docs_redirect_to_mintlify, request_options)
