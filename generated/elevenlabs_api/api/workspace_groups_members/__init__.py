"""`client.workspace.groups.members`: the operations of group `workspace_groups_members`, as methods of WorkspaceGroupsMembersResource and AsyncWorkspaceGroupsMembersResource."""

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
from . import workspace_groups_members_add, workspace_groups_members_remove


def _parse_workspace_groups_members_add(response: httpx.Response) -> models.AddWorkspaceGroupMemberResponseModel:
    from ...models.add_workspace_group_member_response_model import AddWorkspaceGroupMemberResponseModel

    response_200 = AddWorkspaceGroupMemberResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_workspace_groups_members_remove(response: httpx.Response) -> models.DeleteWorkspaceGroupMemberResponseModel:
    from ...models.delete_workspace_group_member_response_model import DeleteWorkspaceGroupMemberResponseModel

    response_200 = DeleteWorkspaceGroupMemberResponseModel.from_dict(loads(response.content))

    return response_200


class WorkspaceGroupsMembersResource:
    """The operations of group `workspace_groups_members`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceGroupsMembersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceGroupsMembersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def add(
        self,
        group_id: str,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AddWorkspaceGroupMemberResponseModel:
        """Add Member To User Group

        Adds a member of your workspace to the specified group. Requires `group_members_manage` permission.

        `POST /v1/workspace/groups/{group_id}/members`.

        Args:
            group_id (str): The ID of the target group.
            email (str): The email of the target workspace member.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("group_id", group_id)
        from ...models.add_member_to_group_request import AddMemberToGroupRequest

        kwargs = workspace_groups_members_add._get_kwargs(
            group_id=group_id,
            body=AddMemberToGroupRequest(
                email=email,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_groups_members_add, request_options)

    def remove(
        self,
        group_id: str,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteWorkspaceGroupMemberResponseModel:
        """Delete Member From User Group

        Removes a member from the specified group. Requires `group_members_manage` permission.

        `POST /v1/workspace/groups/{group_id}/members/remove`.

        Args:
            group_id (str): The ID of the target group.
            email (str): The email of the target workspace member.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("group_id", group_id)
        from ...models.body_delete_member_from_user_group_v1_workspace_groups_group_id_members_remove_post import (
            BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
        )

        kwargs = workspace_groups_members_remove._get_kwargs(
            group_id=group_id,
            body=BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost(
                email=email,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_groups_members_remove, request_options)


class WorkspaceGroupsMembersResourceWithRawResponse:
    """`WorkspaceGroupsMembersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceGroupsMembersResource) -> None:
        self.add = raw_response(resource.add)
        self.remove = raw_response(resource.remove)


class AsyncWorkspaceGroupsMembersResource:
    """The operations of group `workspace_groups_members`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceGroupsMembersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceGroupsMembersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def add(
        self,
        group_id: str,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AddWorkspaceGroupMemberResponseModel:
        """Add Member To User Group

        Adds a member of your workspace to the specified group. Requires `group_members_manage` permission.

        `POST /v1/workspace/groups/{group_id}/members`.

        Args:
            group_id (str): The ID of the target group.
            email (str): The email of the target workspace member.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("group_id", group_id)
        from ...models.add_member_to_group_request import AddMemberToGroupRequest

        kwargs = workspace_groups_members_add._get_kwargs(
            group_id=group_id,
            body=AddMemberToGroupRequest(
                email=email,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_groups_members_add, request_options)

    async def remove(
        self,
        group_id: str,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteWorkspaceGroupMemberResponseModel:
        """Delete Member From User Group

        Removes a member from the specified group. Requires `group_members_manage` permission.

        `POST /v1/workspace/groups/{group_id}/members/remove`.

        Args:
            group_id (str): The ID of the target group.
            email (str): The email of the target workspace member.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("group_id", group_id)
        from ...models.body_delete_member_from_user_group_v1_workspace_groups_group_id_members_remove_post import (
            BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
        )

        kwargs = workspace_groups_members_remove._get_kwargs(
            group_id=group_id,
            body=BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost(
                email=email,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_groups_members_remove, request_options)


class AsyncWorkspaceGroupsMembersResourceWithRawResponse:
    """`AsyncWorkspaceGroupsMembersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceGroupsMembersResource) -> None:
        self.add = async_raw_response(resource.add)
        self.remove = async_raw_response(resource.remove)
