"""`client.workspace.members`: the operations of group `workspace_members`, as methods of WorkspaceMembersResource and AsyncWorkspaceMembersResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
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
from . import workspace_members_list, workspace_members_update


def _parse_workspace_members_list(response: httpx.Response) -> builtins.list[models.WorkspaceMemberResponseModel]:
    from ...models.workspace_member_response_model import WorkspaceMemberResponseModel

    response_200 = []
    _response_200 = loads(response.content)
    for response_200_item_data in _response_200:
        response_200_item = WorkspaceMemberResponseModel.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_workspace_members_update(response: httpx.Response) -> models.UpdateWorkspaceMemberResponseModel:
    from ...models.update_workspace_member_response_model import UpdateWorkspaceMemberResponseModel

    response_200 = UpdateWorkspaceMemberResponseModel.from_dict(loads(response.content))

    return response_200


class WorkspaceMembersResource:
    """The operations of group `workspace_members`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceMembersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceMembersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.WorkspaceMemberResponseModel]:
        """Get Workspace Members

        Gets a list of all members of the workspace, including locked members. Service accounts are
        excluded. Requires the workspace_members_read permission.

        `GET /v1/workspace/members`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_members_list._get_kwargs()

        return self._requester.request(kwargs, _parse_workspace_members_list, request_options)

    def update(
        self,
        email: str,
        *,
        is_locked: bool | None | Unset = UNSET,
        workspace_role: None | models.SeatType | Unset = UNSET,
        workspace_seat_type: None | models.SeatType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.UpdateWorkspaceMemberResponseModel:
        """Update Member

        Updates attributes of a workspace member. Apart from the email identifier, all parameters will
        remain unchanged unless specified. This endpoint may only be called by workspace administrators.

        `POST /v1/workspace/members`.

        Args:
            email (str): Email of the target user.
            is_locked (bool | None | Unset): Whether to lock or unlock the user account.
            workspace_role (None | SeatType | Unset): The workspace role of the user. This is
                deprecated, use `workspace_seat_type` instead. One of: workspace_admin,
                workspace_lite_member, workspace_member.
            workspace_seat_type (None | SeatType | Unset): The workspace seat type One of:
                workspace_admin, workspace_lite_member, workspace_member.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.update_member_request import UpdateMemberRequest

        kwargs = workspace_members_update._get_kwargs(
            body=UpdateMemberRequest(
                email=email,
                is_locked=is_locked,
                workspace_role=workspace_role,
                workspace_seat_type=workspace_seat_type,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_members_update, request_options)


class WorkspaceMembersResourceWithRawResponse:
    """`WorkspaceMembersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceMembersResource) -> None:
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncWorkspaceMembersResource:
    """The operations of group `workspace_members`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceMembersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceMembersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.WorkspaceMemberResponseModel]:
        """Get Workspace Members

        Gets a list of all members of the workspace, including locked members. Service accounts are
        excluded. Requires the workspace_members_read permission.

        `GET /v1/workspace/members`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_members_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_workspace_members_list, request_options)

    async def update(
        self,
        email: str,
        *,
        is_locked: bool | None | Unset = UNSET,
        workspace_role: None | models.SeatType | Unset = UNSET,
        workspace_seat_type: None | models.SeatType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.UpdateWorkspaceMemberResponseModel:
        """Update Member

        Updates attributes of a workspace member. Apart from the email identifier, all parameters will
        remain unchanged unless specified. This endpoint may only be called by workspace administrators.

        `POST /v1/workspace/members`.

        Args:
            email (str): Email of the target user.
            is_locked (bool | None | Unset): Whether to lock or unlock the user account.
            workspace_role (None | SeatType | Unset): The workspace role of the user. This is
                deprecated, use `workspace_seat_type` instead. One of: workspace_admin,
                workspace_lite_member, workspace_member.
            workspace_seat_type (None | SeatType | Unset): The workspace seat type One of:
                workspace_admin, workspace_lite_member, workspace_member.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.update_member_request import UpdateMemberRequest

        kwargs = workspace_members_update._get_kwargs(
            body=UpdateMemberRequest(
                email=email,
                is_locked=is_locked,
                workspace_role=workspace_role,
                workspace_seat_type=workspace_seat_type,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_members_update, request_options)


class AsyncWorkspaceMembersResourceWithRawResponse:
    """`AsyncWorkspaceMembersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceMembersResource) -> None:
        self.list = async_raw_response(resource.list)
        self.update = async_raw_response(resource.update)
