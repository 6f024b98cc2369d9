"""`client.tokens.single_use`: the operations of group `tokens_single_use`, as methods of TokensSingleUseResource and AsyncTokensSingleUseResource."""

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
from . import tokens_single_use_create


def _parse_tokens_single_use_create(response: httpx.Response) -> models.SingleUseTokenResponseModel:
    from ...models.single_use_token_response_model import SingleUseTokenResponseModel

    response_200 = SingleUseTokenResponseModel.from_dict(loads(response.content))

    return response_200


class TokensSingleUseResource:
    """The operations of group `tokens_single_use`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> TokensSingleUseResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return TokensSingleUseResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        token_type: models.SingleUseTokenType,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SingleUseTokenResponseModel:
        """Create Single Use Token

        Generate a time limited single-use token with embedded authentication for frontend clients.

        `POST /v1/single-use-token/{token_type}`.

        Args:
            token_type (SingleUseTokenType):  One of: batch_scribe, realtime_scribe, tts_websocket.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("token_type", token_type)
        kwargs = tokens_single_use_create._get_kwargs(
            token_type=token_type,
        )

        return self._requester.request(kwargs, _parse_tokens_single_use_create, request_options)


class TokensSingleUseResourceWithRawResponse:
    """`TokensSingleUseResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: TokensSingleUseResource) -> None:
        self.create = raw_response(resource.create)


class AsyncTokensSingleUseResource:
    """The operations of group `tokens_single_use`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncTokensSingleUseResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncTokensSingleUseResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def create(
        self,
        token_type: models.SingleUseTokenType,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SingleUseTokenResponseModel:
        """Create Single Use Token

        Generate a time limited single-use token with embedded authentication for frontend clients.

        `POST /v1/single-use-token/{token_type}`.

        Args:
            token_type (SingleUseTokenType):  One of: batch_scribe, realtime_scribe, tts_websocket.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("token_type", token_type)
        kwargs = tokens_single_use_create._get_kwargs(
            token_type=token_type,
        )

        return await self._requester.request(kwargs, _parse_tokens_single_use_create, request_options)


class AsyncTokensSingleUseResourceWithRawResponse:
    """`AsyncTokensSingleUseResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncTokensSingleUseResource) -> None:
        self.create = async_raw_response(resource.create)
