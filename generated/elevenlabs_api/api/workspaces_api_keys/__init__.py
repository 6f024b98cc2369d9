"""`client.workspaces.api_keys`: the operations of group `workspaces_api_keys`, as methods of WorkspacesApiKeysResource and AsyncWorkspacesApiKeysResource."""

from __future__ import annotations

import functools
from typing import Any, TypedDict

import httpx

from ...types import loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)
from . import workspaces_api_keys_disable


def _parse_workspaces_api_keys_disable(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class WorkspacesApiKeysDisableQuery(TypedDict, total=False):
    """The query parameters of `disable`, for passing them on as keyword arguments."""

    api_key_name: str


class WorkspacesApiKeysResource:
    """The operations of group `workspaces_api_keys`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspacesApiKeysResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspacesApiKeysResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def disable(
        self,
        *,
        api_key_name: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Disable Api Key

        Disable the API key used to authenticate this request. Requires the query parameter
        `api_key_name=self` as an explicit confirmation.

        `POST /v1/workspaces/api-keys/disable`.

        Args:
            api_key_name (str): Must be set to `self` to disable the API key used to authenticate this
                request. Required as an explicit confirmation to avoid accidentally disabling the wrong key.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspaces_api_keys_disable._get_kwargs(
            api_key_name=api_key_name,
        )

        return self._requester.request(kwargs, _parse_workspaces_api_keys_disable, request_options)


class WorkspacesApiKeysResourceWithRawResponse:
    """`WorkspacesApiKeysResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspacesApiKeysResource) -> None:
        self.disable = raw_response(resource.disable)


class AsyncWorkspacesApiKeysResource:
    """The operations of group `workspaces_api_keys`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspacesApiKeysResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspacesApiKeysResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def disable(
        self,
        *,
        api_key_name: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Disable Api Key

        Disable the API key used to authenticate this request. Requires the query parameter
        `api_key_name=self` as an explicit confirmation.

        `POST /v1/workspaces/api-keys/disable`.

        Args:
            api_key_name (str): Must be set to `self` to disable the API key used to authenticate this
                request. Required as an explicit confirmation to avoid accidentally disabling the wrong key.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspaces_api_keys_disable._get_kwargs(
            api_key_name=api_key_name,
        )

        return await self._requester.request(kwargs, _parse_workspaces_api_keys_disable, request_options)


class AsyncWorkspacesApiKeysResourceWithRawResponse:
    """`AsyncWorkspacesApiKeysResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspacesApiKeysResource) -> None:
        self.disable = async_raw_response(resource.disable)
