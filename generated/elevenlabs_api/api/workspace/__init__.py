"""`client.workspace`: the operations of group `workspace`, as methods of WorkspaceResource and AsyncWorkspaceResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from .. import AsyncWorkspaceAnalyticsResource, WorkspaceAnalyticsResource
    from ..workspace_audit_logs import AsyncWorkspaceAuditLogsResource, WorkspaceAuditLogsResource
    from ..workspace_auth_connections import AsyncWorkspaceAuthConnectionsResource, WorkspaceAuthConnectionsResource
    from ..workspace_groups import AsyncWorkspaceGroupsResource, WorkspaceGroupsResource
    from ..workspace_invites import AsyncWorkspaceInvitesResource, WorkspaceInvitesResource
    from ..workspace_members import AsyncWorkspaceMembersResource, WorkspaceMembersResource
    from ..workspace_resources import AsyncWorkspaceResourcesResource, WorkspaceResourcesResource
    from ..workspace_usage import AsyncWorkspaceUsageResource, WorkspaceUsageResource
from . import workspace_set_third_party_disabling_policy


def _parse_workspace_set_third_party_disabling_policy(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class WorkspaceResource:
    """The operations of group `workspace`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def analytics(self) -> WorkspaceAnalyticsResource:
        """`workspace_analytics` operations and groups."""
        from .. import WorkspaceAnalyticsResource

        return WorkspaceAnalyticsResource(self._requester)

    @functools.cached_property
    def audit_logs(self) -> WorkspaceAuditLogsResource:
        """`workspace_audit_logs` operations."""
        from ..workspace_audit_logs import WorkspaceAuditLogsResource

        return WorkspaceAuditLogsResource(self._requester)

    @functools.cached_property
    def auth_connections(self) -> WorkspaceAuthConnectionsResource:
        """`workspace_auth_connections` operations."""
        from ..workspace_auth_connections import WorkspaceAuthConnectionsResource

        return WorkspaceAuthConnectionsResource(self._requester)

    @functools.cached_property
    def groups(self) -> WorkspaceGroupsResource:
        """`workspace_groups` operations and groups."""
        from ..workspace_groups import WorkspaceGroupsResource

        return WorkspaceGroupsResource(self._requester)

    @functools.cached_property
    def invites(self) -> WorkspaceInvitesResource:
        """`workspace_invites` operations."""
        from ..workspace_invites import WorkspaceInvitesResource

        return WorkspaceInvitesResource(self._requester)

    @functools.cached_property
    def members(self) -> WorkspaceMembersResource:
        """`workspace_members` operations."""
        from ..workspace_members import WorkspaceMembersResource

        return WorkspaceMembersResource(self._requester)

    @functools.cached_property
    def resources(self) -> WorkspaceResourcesResource:
        """`workspace_resources` operations."""
        from ..workspace_resources import WorkspaceResourcesResource

        return WorkspaceResourcesResource(self._requester)

    @functools.cached_property
    def usage(self) -> WorkspaceUsageResource:
        """`workspace_usage` operations."""
        from ..workspace_usage import WorkspaceUsageResource

        return WorkspaceUsageResource(self._requester)

    def set_third_party_disabling_policy(
        self,
        *,
        third_party_disable_allowed: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Set Workspace Third-Party Disabling Policy

        Set the workspace-wide Third-Party Disabling policy. When set, it forces, for every API key in the
        workspace, whether the holder of a key (potentially a third party who found it) may disable it via
        the self-disable endpoint or when it leaks publicly — overriding each key's own setting. Pass `true`
        to allow it for all keys, `false` to forbid it for all keys, or `null` to clear the override so per-
        key values and the plan default apply again. Workspace admins only.

        `POST /v1/workspaces/api-keys/third-party-disabling`.

        Args:
            third_party_disable_allowed (bool | None | Unset): `true` forces every key in the workspace
                to be disable-able by its holder; `false` forbids it for every key; `null` clears the
                override (per-key values and the plan default apply).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post import (
            BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost,
        )

        kwargs = workspace_set_third_party_disabling_policy._get_kwargs(
            body=BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost(
                third_party_disable_allowed=third_party_disable_allowed,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_set_third_party_disabling_policy, request_options)


class WorkspaceResourceWithRawResponse:
    """`WorkspaceResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceResource) -> None:
        self.set_third_party_disabling_policy = raw_response(resource.set_third_party_disabling_policy)


class AsyncWorkspaceResource:
    """The operations of group `workspace`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def analytics(self) -> AsyncWorkspaceAnalyticsResource:
        """`workspace_analytics` operations and groups."""
        from .. import AsyncWorkspaceAnalyticsResource

        return AsyncWorkspaceAnalyticsResource(self._requester)

    @functools.cached_property
    def audit_logs(self) -> AsyncWorkspaceAuditLogsResource:
        """`workspace_audit_logs` operations."""
        from ..workspace_audit_logs import AsyncWorkspaceAuditLogsResource

        return AsyncWorkspaceAuditLogsResource(self._requester)

    @functools.cached_property
    def auth_connections(self) -> AsyncWorkspaceAuthConnectionsResource:
        """`workspace_auth_connections` operations."""
        from ..workspace_auth_connections import AsyncWorkspaceAuthConnectionsResource

        return AsyncWorkspaceAuthConnectionsResource(self._requester)

    @functools.cached_property
    def groups(self) -> AsyncWorkspaceGroupsResource:
        """`workspace_groups` operations and groups."""
        from ..workspace_groups import AsyncWorkspaceGroupsResource

        return AsyncWorkspaceGroupsResource(self._requester)

    @functools.cached_property
    def invites(self) -> AsyncWorkspaceInvitesResource:
        """`workspace_invites` operations."""
        from ..workspace_invites import AsyncWorkspaceInvitesResource

        return AsyncWorkspaceInvitesResource(self._requester)

    @functools.cached_property
    def members(self) -> AsyncWorkspaceMembersResource:
        """`workspace_members` operations."""
        from ..workspace_members import AsyncWorkspaceMembersResource

        return AsyncWorkspaceMembersResource(self._requester)

    @functools.cached_property
    def resources(self) -> AsyncWorkspaceResourcesResource:
        """`workspace_resources` operations."""
        from ..workspace_resources import AsyncWorkspaceResourcesResource

        return AsyncWorkspaceResourcesResource(self._requester)

    @functools.cached_property
    def usage(self) -> AsyncWorkspaceUsageResource:
        """`workspace_usage` operations."""
        from ..workspace_usage import AsyncWorkspaceUsageResource

        return AsyncWorkspaceUsageResource(self._requester)

    async def set_third_party_disabling_policy(
        self,
        *,
        third_party_disable_allowed: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Set Workspace Third-Party Disabling Policy

        Set the workspace-wide Third-Party Disabling policy. When set, it forces, for every API key in the
        workspace, whether the holder of a key (potentially a third party who found it) may disable it via
        the self-disable endpoint or when it leaks publicly — overriding each key's own setting. Pass `true`
        to allow it for all keys, `false` to forbid it for all keys, or `null` to clear the override so per-
        key values and the plan default apply again. Workspace admins only.

        `POST /v1/workspaces/api-keys/third-party-disabling`.

        Args:
            third_party_disable_allowed (bool | None | Unset): `true` forces every key in the workspace
                to be disable-able by its holder; `false` forbids it for every key; `null` clears the
                override (per-key values and the plan default apply).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post import (
            BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost,
        )

        kwargs = workspace_set_third_party_disabling_policy._get_kwargs(
            body=BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost(
                third_party_disable_allowed=third_party_disable_allowed,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_set_third_party_disabling_policy, request_options)


class AsyncWorkspaceResourceWithRawResponse:
    """`AsyncWorkspaceResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceResource) -> None:
        self.set_third_party_disabling_policy = async_raw_response(resource.set_third_party_disabling_policy)
