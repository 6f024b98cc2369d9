"""`client.workspace.resources`: the operations of group `workspace_resources`, as methods of WorkspaceResourcesResource and AsyncWorkspaceResourcesResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...types import UNSET, Unset, loads
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
from . import workspace_resources_get, workspace_resources_share, workspace_resources_unshare


def _parse_workspace_resources_get(response: httpx.Response) -> models.ResourceMetadataResponseModel:
    from ...models.resource_metadata_response_model import ResourceMetadataResponseModel

    response_200 = ResourceMetadataResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_workspace_resources_share(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_workspace_resources_unshare(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class WorkspaceResourcesGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    resource_type: models.WorkspaceResourceType


class WorkspaceResourcesResource:
    """The operations of group `workspace_resources`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceResourcesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceResourcesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        resource_id: str,
        *,
        resource_type: models.WorkspaceResourceType,
        request_options: RequestOptions | None = None,
    ) -> models.ResourceMetadataResponseModel:
        """Get Resource

        Gets the metadata of a resource by ID.

        `GET /v1/workspace/resources/{resource_id}`.

        Args:
            resource_id (str): The ID of the target resource.
            resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace.
                The name always need to match the collection names One of: assets, avatar_video_generations,
                avatars, content_generations, content_skills, content_templates, convai_agent_branches,
                convai_agent_drafts, convai_agent_experiments, convai_agent_response_tests,
                convai_agent_versions, convai_agent_versions_deployments, convai_agents,
                convai_analysis_items, convai_api_integration_connections,
                convai_api_integration_trigger_connections, convai_batch_calls, convai_coaching_proposals,
                convai_crawl_jobs, convai_crawl_tasks, convai_kb_external_sync_jobs,
                convai_knowledge_base_documents, convai_mcp_servers, convai_memory_entries,
                convai_phone_numbers, convai_secrets, convai_settings, convai_templates,
                convai_test_suite_invocations, convai_tools, convai_whatsapp_accounts, dashboard,
                dashboard_configuration, dubbing, project, pronunciation_dictionary, resource_collection,
                resource_locators, songs, studio_projects, transcription_tasks, voice, voice_collection,
                workspace_auth_connections.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("resource_id", resource_id)
        kwargs = workspace_resources_get._get_kwargs(
            resource_id=resource_id,
            resource_type=resource_type,
        )

        return self._requester.request(kwargs, _parse_workspace_resources_get, request_options)

    def share(
        self,
        resource_id: str,
        role: models.BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole,
        resource_type: models.WorkspaceResourceType,
        *,
        user_email: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        workspace_api_key_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Share Workspace Resource

        Grants a role (one of 'admin', 'editor', 'commenter', or 'viewer') on a workspace resource to a
        user, group, or workspace (service account) API key. This overrides any existing role the target has
        on the resource. To target a user or service account, pass only the user email; the user must be in
        your workspace. To target a group, pass only the group id. To target a workspace (service account)
        API key, pass the api key id; the resource will be shared with the service account associated with
        that key. You must have admin access to the resource to share it.

        `POST /v1/workspace/resources/{resource_id}/share`.

        Args:
            resource_id (str): The ID of the target resource.
            role (BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole): Role to grant
                to the target: one of 'admin', 'editor', 'commenter', or 'viewer'. One of: admin, commenter,
                editor, viewer.
            resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace.
                The name always need to match the collection names One of: assets, avatar_video_generations,
                avatars, content_generations, content_skills, content_templates, convai_agent_branches,
                convai_agent_drafts, convai_agent_experiments, convai_agent_response_tests,
                convai_agent_versions, convai_agent_versions_deployments, convai_agents,
                convai_analysis_items, convai_api_integration_connections,
                convai_api_integration_trigger_connections, convai_batch_calls, convai_coaching_proposals,
                convai_crawl_jobs, convai_crawl_tasks, convai_kb_external_sync_jobs,
                convai_knowledge_base_documents, convai_mcp_servers, convai_memory_entries,
                convai_phone_numbers, convai_secrets, convai_settings, convai_templates,
                convai_test_suite_invocations, convai_tools, convai_whatsapp_accounts, dashboard,
                dashboard_configuration, dubbing, project, pronunciation_dictionary, resource_collection,
                resource_locators, songs, studio_projects, transcription_tasks, voice, voice_collection,
                workspace_auth_connections.
            user_email (None | str | Unset): The email of the user or service account.
            group_id (None | str | Unset): The ID of the target group. Use 'default' to set the
                resource's baseline role — every workspace member receives this role unless they hold a
                higher one through a direct user grant, group membership, or workspace (service account) API
                key.
            workspace_api_key_id (None | str | Unset): The ID of the target workspace (service account)
                API key. This is not the API key string itself that you pass in the header for
                authentication — it is the key's ID, which workspace admins can find under Developers →
                Service Accounts.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("resource_id", resource_id)
        from ...models.body_share_workspace_resource_v1_workspace_resources_resource_id_share_post import (
            BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
        )

        kwargs = workspace_resources_share._get_kwargs(
            resource_id=resource_id,
            body=BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost(
                role=role,
                resource_type=resource_type,
                user_email=user_email,
                group_id=group_id,
                workspace_api_key_id=workspace_api_key_id,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_resources_share, request_options)

    def unshare(
        self,
        resource_id: str,
        resource_type: models.WorkspaceResourceType,
        *,
        user_email: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        workspace_api_key_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Unshare Workspace Resource

        Removes any existing role on a workspace resource from a user, group, or workspace (service account)
        API key. To target a user or service account, pass only the user email; the user must be in your
        workspace. To target a group, pass only the group id. To target a workspace (service account) API
        key, pass the api key id; the resource will be unshared from the service account associated with
        that key. You must have admin access to the resource to unshare it. You cannot remove permissions
        from the user who created the resource.

        `POST /v1/workspace/resources/{resource_id}/unshare`.

        Args:
            resource_id (str): The ID of the target resource.
            resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace.
                The name always need to match the collection names One of: assets, avatar_video_generations,
                avatars, content_generations, content_skills, content_templates, convai_agent_branches,
                convai_agent_drafts, convai_agent_experiments, convai_agent_response_tests,
                convai_agent_versions, convai_agent_versions_deployments, convai_agents,
                convai_analysis_items, convai_api_integration_connections,
                convai_api_integration_trigger_connections, convai_batch_calls, convai_coaching_proposals,
                convai_crawl_jobs, convai_crawl_tasks, convai_kb_external_sync_jobs,
                convai_knowledge_base_documents, convai_mcp_servers, convai_memory_entries,
                convai_phone_numbers, convai_secrets, convai_settings, convai_templates,
                convai_test_suite_invocations, convai_tools, convai_whatsapp_accounts, dashboard,
                dashboard_configuration, dubbing, project, pronunciation_dictionary, resource_collection,
                resource_locators, songs, studio_projects, transcription_tasks, voice, voice_collection,
                workspace_auth_connections.
            user_email (None | str | Unset): The email of the user or service account.
            group_id (None | str | Unset): The ID of the target group. Use 'default' to set the
                resource's baseline role — every workspace member receives this role unless they hold a
                higher one through a direct user grant, group membership, or workspace (service account) API
                key.
            workspace_api_key_id (None | str | Unset): The ID of the target workspace (service account)
                API key. This is not the API key string itself that you pass in the header for
                authentication — it is the key's ID, which workspace admins can find under Developers →
                Service Accounts.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("resource_id", resource_id)
        from ...models.body_unshare_workspace_resource_v1_workspace_resources_resource_id_unshare_post import (
            BodyUnshareWorkspaceResourceV1WorkspaceResourcesResourceIdUnsharePost,
        )

        kwargs = workspace_resources_unshare._get_kwargs(
            resource_id=resource_id,
            body=BodyUnshareWorkspaceResourceV1WorkspaceResourcesResourceIdUnsharePost(
                resource_type=resource_type,
                user_email=user_email,
                group_id=group_id,
                workspace_api_key_id=workspace_api_key_id,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_resources_unshare, request_options)


class WorkspaceResourcesResourceWithRawResponse:
    """`WorkspaceResourcesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceResourcesResource) -> None:
        self.get = raw_response(resource.get)
        self.share = raw_response(resource.share)
        self.unshare = raw_response(resource.unshare)


class AsyncWorkspaceResourcesResource:
    """The operations of group `workspace_resources`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceResourcesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceResourcesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        resource_id: str,
        *,
        resource_type: models.WorkspaceResourceType,
        request_options: RequestOptions | None = None,
    ) -> models.ResourceMetadataResponseModel:
        """Get Resource

        Gets the metadata of a resource by ID.

        `GET /v1/workspace/resources/{resource_id}`.

        Args:
            resource_id (str): The ID of the target resource.
            resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace.
                The name always need to match the collection names One of: assets, avatar_video_generations,
                avatars, content_generations, content_skills, content_templates, convai_agent_branches,
                convai_agent_drafts, convai_agent_experiments, convai_agent_response_tests,
                convai_agent_versions, convai_agent_versions_deployments, convai_agents,
                convai_analysis_items, convai_api_integration_connections,
                convai_api_integration_trigger_connections, convai_batch_calls, convai_coaching_proposals,
                convai_crawl_jobs, convai_crawl_tasks, convai_kb_external_sync_jobs,
                convai_knowledge_base_documents, convai_mcp_servers, convai_memory_entries,
                convai_phone_numbers, convai_secrets, convai_settings, convai_templates,
                convai_test_suite_invocations, convai_tools, convai_whatsapp_accounts, dashboard,
                dashboard_configuration, dubbing, project, pronunciation_dictionary, resource_collection,
                resource_locators, songs, studio_projects, transcription_tasks, voice, voice_collection,
                workspace_auth_connections.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("resource_id", resource_id)
        kwargs = workspace_resources_get._get_kwargs(
            resource_id=resource_id,
            resource_type=resource_type,
        )

        return await self._requester.request(kwargs, _parse_workspace_resources_get, request_options)

    async def share(
        self,
        resource_id: str,
        role: models.BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole,
        resource_type: models.WorkspaceResourceType,
        *,
        user_email: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        workspace_api_key_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Share Workspace Resource

        Grants a role (one of 'admin', 'editor', 'commenter', or 'viewer') on a workspace resource to a
        user, group, or workspace (service account) API key. This overrides any existing role the target has
        on the resource. To target a user or service account, pass only the user email; the user must be in
        your workspace. To target a group, pass only the group id. To target a workspace (service account)
        API key, pass the api key id; the resource will be shared with the service account associated with
        that key. You must have admin access to the resource to share it.

        `POST /v1/workspace/resources/{resource_id}/share`.

        Args:
            resource_id (str): The ID of the target resource.
            role (BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole): Role to grant
                to the target: one of 'admin', 'editor', 'commenter', or 'viewer'. One of: admin, commenter,
                editor, viewer.
            resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace.
                The name always need to match the collection names One of: assets, avatar_video_generations,
                avatars, content_generations, content_skills, content_templates, convai_agent_branches,
                convai_agent_drafts, convai_agent_experiments, convai_agent_response_tests,
                convai_agent_versions, convai_agent_versions_deployments, convai_agents,
                convai_analysis_items, convai_api_integration_connections,
                convai_api_integration_trigger_connections, convai_batch_calls, convai_coaching_proposals,
                convai_crawl_jobs, convai_crawl_tasks, convai_kb_external_sync_jobs,
                convai_knowledge_base_documents, convai_mcp_servers, convai_memory_entries,
                convai_phone_numbers, convai_secrets, convai_settings, convai_templates,
                convai_test_suite_invocations, convai_tools, convai_whatsapp_accounts, dashboard,
                dashboard_configuration, dubbing, project, pronunciation_dictionary, resource_collection,
                resource_locators, songs, studio_projects, transcription_tasks, voice, voice_collection,
                workspace_auth_connections.
            user_email (None | str | Unset): The email of the user or service account.
            group_id (None | str | Unset): The ID of the target group. Use 'default' to set the
                resource's baseline role — every workspace member receives this role unless they hold a
                higher one through a direct user grant, group membership, or workspace (service account) API
                key.
            workspace_api_key_id (None | str | Unset): The ID of the target workspace (service account)
                API key. This is not the API key string itself that you pass in the header for
                authentication — it is the key's ID, which workspace admins can find under Developers →
                Service Accounts.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("resource_id", resource_id)
        from ...models.body_share_workspace_resource_v1_workspace_resources_resource_id_share_post import (
            BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
        )

        kwargs = workspace_resources_share._get_kwargs(
            resource_id=resource_id,
            body=BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost(
                role=role,
                resource_type=resource_type,
                user_email=user_email,
                group_id=group_id,
                workspace_api_key_id=workspace_api_key_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_resources_share, request_options)

    async def unshare(
        self,
        resource_id: str,
        resource_type: models.WorkspaceResourceType,
        *,
        user_email: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        workspace_api_key_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Unshare Workspace Resource

        Removes any existing role on a workspace resource from a user, group, or workspace (service account)
        API key. To target a user or service account, pass only the user email; the user must be in your
        workspace. To target a group, pass only the group id. To target a workspace (service account) API
        key, pass the api key id; the resource will be unshared from the service account associated with
        that key. You must have admin access to the resource to unshare it. You cannot remove permissions
        from the user who created the resource.

        `POST /v1/workspace/resources/{resource_id}/unshare`.

        Args:
            resource_id (str): The ID of the target resource.
            resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace.
                The name always need to match the collection names One of: assets, avatar_video_generations,
                avatars, content_generations, content_skills, content_templates, convai_agent_branches,
                convai_agent_drafts, convai_agent_experiments, convai_agent_response_tests,
                convai_agent_versions, convai_agent_versions_deployments, convai_agents,
                convai_analysis_items, convai_api_integration_connections,
                convai_api_integration_trigger_connections, convai_batch_calls, convai_coaching_proposals,
                convai_crawl_jobs, convai_crawl_tasks, convai_kb_external_sync_jobs,
                convai_knowledge_base_documents, convai_mcp_servers, convai_memory_entries,
                convai_phone_numbers, convai_secrets, convai_settings, convai_templates,
                convai_test_suite_invocations, convai_tools, convai_whatsapp_accounts, dashboard,
                dashboard_configuration, dubbing, project, pronunciation_dictionary, resource_collection,
                resource_locators, songs, studio_projects, transcription_tasks, voice, voice_collection,
                workspace_auth_connections.
            user_email (None | str | Unset): The email of the user or service account.
            group_id (None | str | Unset): The ID of the target group. Use 'default' to set the
                resource's baseline role — every workspace member receives this role unless they hold a
                higher one through a direct user grant, group membership, or workspace (service account) API
                key.
            workspace_api_key_id (None | str | Unset): The ID of the target workspace (service account)
                API key. This is not the API key string itself that you pass in the header for
                authentication — it is the key's ID, which workspace admins can find under Developers →
                Service Accounts.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("resource_id", resource_id)
        from ...models.body_unshare_workspace_resource_v1_workspace_resources_resource_id_unshare_post import (
            BodyUnshareWorkspaceResourceV1WorkspaceResourcesResourceIdUnsharePost,
        )

        kwargs = workspace_resources_unshare._get_kwargs(
            resource_id=resource_id,
            body=BodyUnshareWorkspaceResourceV1WorkspaceResourcesResourceIdUnsharePost(
                resource_type=resource_type,
                user_email=user_email,
                group_id=group_id,
                workspace_api_key_id=workspace_api_key_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_resources_unshare, request_options)


class AsyncWorkspaceResourcesResourceWithRawResponse:
    """`AsyncWorkspaceResourcesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceResourcesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.share = async_raw_response(resource.share)
        self.unshare = async_raw_response(resource.unshare)
