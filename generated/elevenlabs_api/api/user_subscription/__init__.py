"""`client.user.subscription`: the operations of group `user_subscription`, as methods of UserSubscriptionResource and AsyncUserSubscriptionResource."""

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
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import user_subscription_get


def _parse_user_subscription_get(response: httpx.Response) -> models.Subscription:
    from ...models.subscription import Subscription

    response_200 = Subscription.from_dict(loads(response.content))

    return response_200


class UserSubscriptionResource:
    """The operations of group `user_subscription`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> UserSubscriptionResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return UserSubscriptionResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Subscription:
        """Get User Subscription Info

        Gets extended information about the users subscription

        `GET /v1/user/subscription`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = user_subscription_get._get_kwargs()

        return self._requester.request(kwargs, _parse_user_subscription_get, request_options)


class UserSubscriptionResourceWithRawResponse:
    """`UserSubscriptionResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: UserSubscriptionResource) -> None:
        self.get = raw_response(resource.get)


class AsyncUserSubscriptionResource:
    """The operations of group `user_subscription`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncUserSubscriptionResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncUserSubscriptionResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Subscription:
        """Get User Subscription Info

        Gets extended information about the users subscription

        `GET /v1/user/subscription`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = user_subscription_get._get_kwargs()

        return await self._requester.request(kwargs, _parse_user_subscription_get, request_options)


class AsyncUserSubscriptionResourceWithRawResponse:
    """`AsyncUserSubscriptionResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncUserSubscriptionResource) -> None:
        self.get = async_raw_response(resource.get)
