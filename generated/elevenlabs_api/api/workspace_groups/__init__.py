"""`client.workspace.groups`: the operations of group `workspace_groups`, as methods of WorkspaceGroupsResource and AsyncWorkspaceGroupsResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

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
    from ..workspace_groups_members import AsyncWorkspaceGroupsMembersResource, WorkspaceGroupsMembersResource
from . import workspace_groups_list, workspace_groups_search


def _parse_workspace_groups_list(
    response: httpx.Response,
) -> models.WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet:
    from ...models.workspace_groups_list_response_get_all_groups_v1_workspace_groups_get import (
        WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet,
    )

    response_200 = WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet.from_dict(loads(response.content))

    return response_200


def _parse_workspace_groups_search(response: httpx.Response) -> builtins.list[models.WorkspaceGroupByNameResponseModel]:
    from ...models.workspace_group_by_name_response_model import WorkspaceGroupByNameResponseModel

    response_200 = []
    _response_200 = loads(response.content)
    for response_200_item_data in _response_200:
        response_200_item = WorkspaceGroupByNameResponseModel.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


class WorkspaceGroupsSearchQuery(TypedDict, total=False):
    """The query parameters of `search`, for passing them on as keyword arguments."""

    name: str


class WorkspaceGroupsResource:
    """The operations of group `workspace_groups`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceGroupsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceGroupsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def members(self) -> WorkspaceGroupsMembersResource:
        """`workspace_groups_members` operations."""
        from ..workspace_groups_members import WorkspaceGroupsMembersResource

        return WorkspaceGroupsMembersResource(self._requester)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet:
        """Get All Groups

        Get all groups in the workspace

        `GET /v1/workspace/groups`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_groups_list._get_kwargs()

        return self._requester.request(kwargs, _parse_workspace_groups_list, request_options)

    def search(
        self,
        *,
        name: str,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.WorkspaceGroupByNameResponseModel]:
        """Search User Groups

        Searches for user groups in the workspace. Multiple or no groups may be returned.

        `GET /v1/workspace/groups/search`.

        Args:
            name (str): Name of the target group.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_groups_search._get_kwargs(
            name=name,
        )

        return self._requester.request(kwargs, _parse_workspace_groups_search, request_options)


class WorkspaceGroupsResourceWithRawResponse:
    """`WorkspaceGroupsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceGroupsResource) -> None:
        self.list = raw_response(resource.list)
        self.search = raw_response(resource.search)


class AsyncWorkspaceGroupsResource:
    """The operations of group `workspace_groups`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceGroupsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceGroupsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def members(self) -> AsyncWorkspaceGroupsMembersResource:
        """`workspace_groups_members` operations."""
        from ..workspace_groups_members import AsyncWorkspaceGroupsMembersResource

        return AsyncWorkspaceGroupsMembersResource(self._requester)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet:
        """Get All Groups

        Get all groups in the workspace

        `GET /v1/workspace/groups`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_groups_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_workspace_groups_list, request_options)

    async def search(
        self,
        *,
        name: str,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.WorkspaceGroupByNameResponseModel]:
        """Search User Groups

        Searches for user groups in the workspace. Multiple or no groups may be returned.

        `GET /v1/workspace/groups/search`.

        Args:
            name (str): Name of the target group.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_groups_search._get_kwargs(
            name=name,
        )

        return await self._requester.request(kwargs, _parse_workspace_groups_search, request_options)


class AsyncWorkspaceGroupsResourceWithRawResponse:
    """`AsyncWorkspaceGroupsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceGroupsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.search = async_raw_response(resource.search)
