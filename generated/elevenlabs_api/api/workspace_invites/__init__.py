"""`client.workspace.invites`: the operations of group `workspace_invites`, as methods of WorkspaceInvitesResource and AsyncWorkspaceInvitesResource."""

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
from . import workspace_invites_create, workspace_invites_create_batch, workspace_invites_delete


def _parse_workspace_invites_delete(response: httpx.Response) -> models.DeleteWorkspaceInviteResponseModel:
    from ...models.delete_workspace_invite_response_model import DeleteWorkspaceInviteResponseModel

    response_200 = DeleteWorkspaceInviteResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_workspace_invites_create(response: httpx.Response) -> models.AddWorkspaceInviteResponseModel:
    from ...models.add_workspace_invite_response_model import AddWorkspaceInviteResponseModel

    response_200 = AddWorkspaceInviteResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_workspace_invites_create_batch(response: httpx.Response) -> models.AddWorkspaceInviteResponseModel:
    from ...models.add_workspace_invite_response_model import AddWorkspaceInviteResponseModel

    response_200 = AddWorkspaceInviteResponseModel.from_dict(loads(response.content))

    return response_200


class WorkspaceInvitesResource:
    """The operations of group `workspace_invites`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceInvitesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceInvitesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def delete(
        self,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteWorkspaceInviteResponseModel:
        """Delete Existing Invitation

        Invalidates an existing email invitation. The invitation will still show up in the inbox it has been
        delivered to, but activating it to join the workspace won't work. This endpoint may only be called
        by workspace members with the WORKSPACE_MEMBERS_INVITE permission.

        `DELETE /v1/workspace/invites`.

        Args:
            email (str): The email of the customer
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_delete_existing_invitation_v1_workspace_invites_delete import (
            BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
        )

        kwargs = workspace_invites_delete._get_kwargs(
            body=BodyDeleteExistingInvitationV1WorkspaceInvitesDelete(
                email=email,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_invites_delete, request_options)

    def create(
        self,
        email: str,
        *,
        workspace_permission: None | str | Unset = UNSET,
        seat_type: None | models.SeatType | Unset = UNSET,
        group_ids: builtins.list[str] | None | Unset = UNSET,
        usage_limit: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddWorkspaceInviteResponseModel:
        """Invite User

        Sends an email invitation to join your workspace to the provided email. If the user doesn't have an
        account they will be prompted to create one. If the user accepts this invite they will be added as a
        user to your workspace and your subscription using one of your seats. This endpoint may only be
        called by workspace members with the WORKSPACE_MEMBERS_INVITE permission. If the user is already in
        the workspace a 400 error will be returned.

        `POST /v1/workspace/invites/add`.

        Args:
            email (str): The email of the customer
            workspace_permission (None | str | Unset): The workspace permission of the user. This is
                deprecated, use `seat_type` instead.
            seat_type (None | SeatType | Unset): The seat type of the user One of: workspace_admin,
                workspace_lite_member, workspace_member.
            group_ids (list[str] | None | Unset): The group ids of the user
            usage_limit (int | None | Unset): Monthly credit usage limit for the invitee. Omit or set to
                null for no custom cap.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.invite_user_request import InviteUserRequest

        kwargs = workspace_invites_create._get_kwargs(
            body=InviteUserRequest(
                email=email,
                workspace_permission=workspace_permission,
                seat_type=seat_type,
                group_ids=group_ids,
                usage_limit=usage_limit,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_invites_create, request_options)

    def create_batch(
        self,
        emails: builtins.list[str],
        *,
        seat_type: None | models.SeatType | Unset = UNSET,
        group_ids: builtins.list[str] | None | Unset = UNSET,
        usage_limit: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddWorkspaceInviteResponseModel:
        """Invite Multiple Users

        Sends email invitations to join your workspace to the provided emails. Requires all email addresses
        to be part of a verified domain. If the users don't have an account they will be prompted to create
        one. If the users accept these invites they will be added as users to your workspace and your
        subscription using one of your seats. This endpoint may only be called by workspace members with the
        WORKSPACE_MEMBERS_INVITE permission.

        `POST /v1/workspace/invites/add-bulk`.

        Args:
            emails (list[str]): The email of the customer
            seat_type (None | SeatType | Unset): The seat type of the user One of: workspace_admin,
                workspace_lite_member, workspace_member.
            group_ids (list[str] | None | Unset): The group ids of the user
            usage_limit (int | None | Unset): Monthly credit usage limit for the invitee. Omit or set to
                null for no custom cap.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_invite_multiple_users_v1_workspace_invites_add_bulk_post import (
            BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
        )

        kwargs = workspace_invites_create_batch._get_kwargs(
            body=BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost(
                emails=emails,
                seat_type=seat_type,
                group_ids=group_ids,
                usage_limit=usage_limit,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_invites_create_batch, request_options)


class WorkspaceInvitesResourceWithRawResponse:
    """`WorkspaceInvitesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceInvitesResource) -> None:
        self.delete = raw_response(resource.delete)
        self.create = raw_response(resource.create)
        self.create_batch = raw_response(resource.create_batch)


class AsyncWorkspaceInvitesResource:
    """The operations of group `workspace_invites`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceInvitesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceInvitesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def delete(
        self,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteWorkspaceInviteResponseModel:
        """Delete Existing Invitation

        Invalidates an existing email invitation. The invitation will still show up in the inbox it has been
        delivered to, but activating it to join the workspace won't work. This endpoint may only be called
        by workspace members with the WORKSPACE_MEMBERS_INVITE permission.

        `DELETE /v1/workspace/invites`.

        Args:
            email (str): The email of the customer
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_delete_existing_invitation_v1_workspace_invites_delete import (
            BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
        )

        kwargs = workspace_invites_delete._get_kwargs(
            body=BodyDeleteExistingInvitationV1WorkspaceInvitesDelete(
                email=email,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_invites_delete, request_options)

    async def create(
        self,
        email: str,
        *,
        workspace_permission: None | str | Unset = UNSET,
        seat_type: None | models.SeatType | Unset = UNSET,
        group_ids: builtins.list[str] | None | Unset = UNSET,
        usage_limit: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddWorkspaceInviteResponseModel:
        """Invite User

        Sends an email invitation to join your workspace to the provided email. If the user doesn't have an
        account they will be prompted to create one. If the user accepts this invite they will be added as a
        user to your workspace and your subscription using one of your seats. This endpoint may only be
        called by workspace members with the WORKSPACE_MEMBERS_INVITE permission. If the user is already in
        the workspace a 400 error will be returned.

        `POST /v1/workspace/invites/add`.

        Args:
            email (str): The email of the customer
            workspace_permission (None | str | Unset): The workspace permission of the user. This is
                deprecated, use `seat_type` instead.
            seat_type (None | SeatType | Unset): The seat type of the user One of: workspace_admin,
                workspace_lite_member, workspace_member.
            group_ids (list[str] | None | Unset): The group ids of the user
            usage_limit (int | None | Unset): Monthly credit usage limit for the invitee. Omit or set to
                null for no custom cap.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.invite_user_request import InviteUserRequest

        kwargs = workspace_invites_create._get_kwargs(
            body=InviteUserRequest(
                email=email,
                workspace_permission=workspace_permission,
                seat_type=seat_type,
                group_ids=group_ids,
                usage_limit=usage_limit,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_invites_create, request_options)

    async def create_batch(
        self,
        emails: builtins.list[str],
        *,
        seat_type: None | models.SeatType | Unset = UNSET,
        group_ids: builtins.list[str] | None | Unset = UNSET,
        usage_limit: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddWorkspaceInviteResponseModel:
        """Invite Multiple Users

        Sends email invitations to join your workspace to the provided emails. Requires all email addresses
        to be part of a verified domain. If the users don't have an account they will be prompted to create
        one. If the users accept these invites they will be added as users to your workspace and your
        subscription using one of your seats. This endpoint may only be called by workspace members with the
        WORKSPACE_MEMBERS_INVITE permission.

        `POST /v1/workspace/invites/add-bulk`.

        Args:
            emails (list[str]): The email of the customer
            seat_type (None | SeatType | Unset): The seat type of the user One of: workspace_admin,
                workspace_lite_member, workspace_member.
            group_ids (list[str] | None | Unset): The group ids of the user
            usage_limit (int | None | Unset): Monthly credit usage limit for the invitee. Omit or set to
                null for no custom cap.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_invite_multiple_users_v1_workspace_invites_add_bulk_post import (
            BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
        )

        kwargs = workspace_invites_create_batch._get_kwargs(
            body=BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost(
                emails=emails,
                seat_type=seat_type,
                group_ids=group_ids,
                usage_limit=usage_limit,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_invites_create_batch, request_options)


class AsyncWorkspaceInvitesResourceWithRawResponse:
    """`AsyncWorkspaceInvitesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceInvitesResource) -> None:
        self.delete = async_raw_response(resource.delete)
        self.create = async_raw_response(resource.create)
        self.create_batch = async_raw_response(resource.create_batch)
