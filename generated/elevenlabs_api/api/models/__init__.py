"""`client.models`: the operations of group `models`, as methods of ModelsResource and AsyncModelsResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import models_list


def _parse_models_list(response: httpx.Response) -> builtins.list[models.Model]:
    from ...models.model import Model

    response_200 = []
    _response_200 = loads(response.content)
    for response_200_item_data in _response_200:
        response_200_item = Model.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


class ModelsResource:
    """The operations of group `models`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ModelsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Model]:
        """Get Models

        Gets a list of available models.

        `GET /v1/models`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = models_list._get_kwargs()

        return self._requester.request(kwargs, _parse_models_list, request_options)


class ModelsResourceWithRawResponse:
    """`ModelsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ModelsResource) -> None:
        self.list = raw_response(resource.list)


class AsyncModelsResource:
    """The operations of group `models`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncModelsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Model]:
        """Get Models

        Gets a list of available models.

        `GET /v1/models`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = models_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_models_list, request_options)


class AsyncModelsResourceWithRawResponse:
    """`AsyncModelsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncModelsResource) -> None:
        self.list = async_raw_response(resource.list)
