"""`client.user`: the operations of group `user`, as methods of UserResource and AsyncUserResource."""

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..user_subscription import AsyncUserSubscriptionResource, UserSubscriptionResource
from . import user_get


def _parse_user_get(response: httpx.Response) -> models.User:
    from ...models.user import User

    response_200 = User.from_dict(loads(response.content))

    return response_200


class UserResource:
    """The operations of group `user`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> UserResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return UserResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def subscription(self) -> UserSubscriptionResource:
        """`user_subscription` operations."""
        from ..user_subscription import UserSubscriptionResource

        return UserSubscriptionResource(self._requester)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.User:
        """Get User Info

        Gets information about the user

        `GET /v1/user`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = user_get._get_kwargs()

        return self._requester.request(kwargs, _parse_user_get, request_options)


class UserResourceWithRawResponse:
    """`UserResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: UserResource) -> None:
        self.get = raw_response(resource.get)


class AsyncUserResource:
    """The operations of group `user`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncUserResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncUserResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def subscription(self) -> AsyncUserSubscriptionResource:
        """`user_subscription` operations."""
        from ..user_subscription import AsyncUserSubscriptionResource

        return AsyncUserSubscriptionResource(self._requester)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.User:
        """Get User Info

        Gets information about the user

        `GET /v1/user`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = user_get._get_kwargs()

        return await self._requester.request(kwargs, _parse_user_get, request_options)


class AsyncUserResourceWithRawResponse:
    """`AsyncUserResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncUserResource) -> None:
        self.get = async_raw_response(resource.get)
