"""`client.conversational_ai.agents.branches`: the operations of group `conversational_ai_agents_branches`, as methods of ConversationalAiAgentsBranchesResource and AsyncConversationalAiAgentsBranchesResource."""

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
from . import (
    conversational_ai_agents_branches_create,
    conversational_ai_agents_branches_get,
    conversational_ai_agents_branches_list,
    conversational_ai_agents_branches_merge,
    conversational_ai_agents_branches_preview_merge,
    conversational_ai_agents_branches_preview_rebase,
    conversational_ai_agents_branches_rebase,
    conversational_ai_agents_branches_update,
)


def _parse_conversational_ai_agents_branches_list(response: httpx.Response) -> models.ListResponseAgentBranchSummary:
    from ...models.list_response_agent_branch_summary import ListResponseAgentBranchSummary

    response_200 = ListResponseAgentBranchSummary.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_branches_create(response: httpx.Response) -> models.CreateAgentBranchResponseModel:
    from ...models.create_agent_branch_response_model import CreateAgentBranchResponseModel

    response_200 = CreateAgentBranchResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_branches_get(response: httpx.Response) -> models.AgentBranchResponse:
    from ...models.agent_branch_response import AgentBranchResponse

    response_200 = AgentBranchResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_branches_update(response: httpx.Response) -> models.AgentBranchResponse:
    from ...models.agent_branch_response import AgentBranchResponse

    response_200 = AgentBranchResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_branches_rebase(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_agents_branches_preview_rebase(
    response: httpx.Response,
) -> models.MergePreviewResponseModel:
    from ...models.merge_preview_response_model import MergePreviewResponseModel

    response_200 = MergePreviewResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_agents_branches_merge(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_agents_branches_preview_merge(
    response: httpx.Response,
) -> models.MergePreviewResponseModel:
    from ...models.merge_preview_response_model import MergePreviewResponseModel

    response_200 = MergePreviewResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsBranchesListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    include_archived: bool | Unset
    limit: int | Unset
    include_commit_status: bool | Unset


class ConversationalAiAgentsBranchesMergeQuery(TypedDict, total=False):
    """The query parameters of `merge`, for passing them on as keyword arguments."""

    target_branch_id: str


class ConversationalAiAgentsBranchesPreviewMergeQuery(TypedDict, total=False):
    """The query parameters of `preview_merge`, for passing them on as keyword arguments."""

    target_branch_id: str
    force: bool | Unset


class ConversationalAiAgentsBranchesResource:
    """The operations of group `conversational_ai_agents_branches`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsBranchesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsBranchesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        agent_id: str,
        *,
        include_archived: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        include_commit_status: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListResponseAgentBranchSummary:
        """List Agent Branches

        Returns a list of branches an agent has

        `GET /v1/convai/agents/{agent_id}/branches`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            include_archived (bool | Unset): Whether archived branches should be included Defaults to
                False on the server.
            limit (int | Unset): How many results at most should be returned Defaults to 100 on the
                server.
            include_commit_status (bool | Unset): Whether to compute how far each branch has diverged
                from main (commits_ahead/commits_behind). This walks the version DAG of every branch, so it
                is slow on agents with long histories and is off by default, leaving those fields null.
                Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_branches_list._get_kwargs(
            agent_id=agent_id,
            include_archived=include_archived,
            limit=limit,
            include_commit_status=include_commit_status,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_list, request_options)

    def create(
        self,
        agent_id: str,
        parent_version_id: str,
        name: str,
        description: str,
        *,
        conversation_config: models.BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0
        | None
        | Unset = UNSET,
        platform_settings: models.BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0
        | None
        | Unset = UNSET,
        workflow: models.AgentWorkflowRequestModel | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentBranchResponseModel:
        """Create A New Branch

        Create a new branch from a given version of any branch

        `POST /v1/convai/agents/{agent_id}/branches`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            parent_version_id (str): ID of the version to branch from
            name (str): Name of the branch. It is unique within the agent.
            description (str): Description for the branch
            conversation_config (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0 | None | Unset):
                Changes to apply to conversation config
            platform_settings (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0 | None | Unset):
                Changes to apply to platform settings
            workflow (AgentWorkflowRequestModel | None | Unset): Updated workflow definition
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post import (
            BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
        )

        kwargs = conversational_ai_agents_branches_create._get_kwargs(
            agent_id=agent_id,
            body=BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost(
                parent_version_id=parent_version_id,
                name=name,
                description=description,
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_create, request_options)

    def get(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentBranchResponse:
        """Get Agent Branch

        Get information about a single agent branch

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the branch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_branches_get._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_get, request_options)

    def update(
        self,
        agent_id: str,
        branch_id: str,
        *,
        name: None | str | Unset = UNSET,
        is_archived: bool | None | Unset = UNSET,
        protection_status: models.BranchProtectionStatus | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentBranchResponse:
        """Update Agent Branch

        Update agent branch properties such as archiving status and protection level

        `PATCH /v1/convai/agents/{agent_id}/branches/{branch_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the branch.
            name (None | str | Unset): New name for the branch. Must be unique within the agent.
            is_archived (bool | None | Unset): Whether the branch should be archived
            protection_status (BranchProtectionStatus | None | Unset): The protection level for the
                branch One of: admin_perms_required, writer_perms_required.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        from ...models.body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch import (
            BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch,
        )

        kwargs = conversational_ai_agents_branches_update._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            body=BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch(
                name=name,
                is_archived=is_archived,
                protection_status=protection_status,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_update, request_options)

    def rebase(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Rebase A Branch Onto Main

        Rebase a branch onto the latest main branch, incorporating main's changes while preserving the
        branch's own changes.

        `POST /v1/convai/agents/{agent_id}/branches/{branch_id}/rebase`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the source branch to merge from.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_branches_rebase._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_rebase, request_options)

    def preview_rebase(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MergePreviewResponseModel:
        """Preview Rebased Configuration

        Returns the result of rebasing the branch onto main without performing the rebase. Useful for
        showing an accurate diff before confirming.

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/rebase-preview`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the source branch to merge from.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_branches_preview_rebase._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_preview_rebase, request_options)

    def merge(
        self,
        agent_id: str,
        source_branch_id: str,
        *,
        archive_source_branch: bool | Unset = UNSET,
        force: bool | Unset = UNSET,
        target_branch_id: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Merge A Branch Into A Target Branch

        Merge a branch into a target branch

        `POST /v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            source_branch_id (str): Unique identifier for the source branch to merge from.
            archive_source_branch (bool | Unset): Whether to archive the source branch after merging
                Defaults to True on the server.
            force (bool | Unset): Force source branch changes onto the target, overriding
                timestamp-based conflict resolution Defaults to False on the server.
            target_branch_id (str): The ID of the target branch to merge into.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("source_branch_id", source_branch_id)
        from ...models.body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post import (
            BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost,
        )

        kwargs = conversational_ai_agents_branches_merge._get_kwargs(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            body=BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost(
                archive_source_branch=archive_source_branch,
                force=force,
            ),
            target_branch_id=target_branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_merge, request_options)

    def preview_merge(
        self,
        agent_id: str,
        source_branch_id: str,
        *,
        target_branch_id: str,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MergePreviewResponseModel:
        """Preview Merged Configuration

        Returns the result of merging the source branch into the target branch without performing the merge.
        Useful for showing an accurate diff before confirming.

        `GET /v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge-preview`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            source_branch_id (str): Unique identifier for the source branch to merge from.
            target_branch_id (str): The ID of the target branch to merge into.
            force (bool | Unset): When true, source branch changes always win conflicts regardless of
                timestamps Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("source_branch_id", source_branch_id)
        kwargs = conversational_ai_agents_branches_preview_merge._get_kwargs(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            target_branch_id=target_branch_id,
            force=force,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_branches_preview_merge, request_options)


class ConversationalAiAgentsBranchesResourceWithRawResponse:
    """`ConversationalAiAgentsBranchesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsBranchesResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.rebase = raw_response(resource.rebase)
        self.preview_rebase = raw_response(resource.preview_rebase)
        self.merge = raw_response(resource.merge)
        self.preview_merge = raw_response(resource.preview_merge)


class AsyncConversationalAiAgentsBranchesResource:
    """The operations of group `conversational_ai_agents_branches`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsBranchesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsBranchesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        agent_id: str,
        *,
        include_archived: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        include_commit_status: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListResponseAgentBranchSummary:
        """List Agent Branches

        Returns a list of branches an agent has

        `GET /v1/convai/agents/{agent_id}/branches`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            include_archived (bool | Unset): Whether archived branches should be included Defaults to
                False on the server.
            limit (int | Unset): How many results at most should be returned Defaults to 100 on the
                server.
            include_commit_status (bool | Unset): Whether to compute how far each branch has diverged
                from main (commits_ahead/commits_behind). This walks the version DAG of every branch, so it
                is slow on agents with long histories and is off by default, leaving those fields null.
                Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_branches_list._get_kwargs(
            agent_id=agent_id,
            include_archived=include_archived,
            limit=limit,
            include_commit_status=include_commit_status,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_branches_list, request_options)

    async def create(
        self,
        agent_id: str,
        parent_version_id: str,
        name: str,
        description: str,
        *,
        conversation_config: models.BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0
        | None
        | Unset = UNSET,
        platform_settings: models.BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0
        | None
        | Unset = UNSET,
        workflow: models.AgentWorkflowRequestModel | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateAgentBranchResponseModel:
        """Create A New Branch

        Create a new branch from a given version of any branch

        `POST /v1/convai/agents/{agent_id}/branches`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            parent_version_id (str): ID of the version to branch from
            name (str): Name of the branch. It is unique within the agent.
            description (str): Description for the branch
            conversation_config (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0 | None | Unset):
                Changes to apply to conversation config
            platform_settings (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0 | None | Unset):
                Changes to apply to platform settings
            workflow (AgentWorkflowRequestModel | None | Unset): Updated workflow definition
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post import (
            BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
        )

        kwargs = conversational_ai_agents_branches_create._get_kwargs(
            agent_id=agent_id,
            body=BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost(
                parent_version_id=parent_version_id,
                name=name,
                description=description,
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_branches_create, request_options)

    async def get(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentBranchResponse:
        """Get Agent Branch

        Get information about a single agent branch

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the branch.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_branches_get._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_branches_get, request_options)

    async def update(
        self,
        agent_id: str,
        branch_id: str,
        *,
        name: None | str | Unset = UNSET,
        is_archived: bool | None | Unset = UNSET,
        protection_status: models.BranchProtectionStatus | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AgentBranchResponse:
        """Update Agent Branch

        Update agent branch properties such as archiving status and protection level

        `PATCH /v1/convai/agents/{agent_id}/branches/{branch_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the branch.
            name (None | str | Unset): New name for the branch. Must be unique within the agent.
            is_archived (bool | None | Unset): Whether the branch should be archived
            protection_status (BranchProtectionStatus | None | Unset): The protection level for the
                branch One of: admin_perms_required, writer_perms_required.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        from ...models.body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch import (
            BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch,
        )

        kwargs = conversational_ai_agents_branches_update._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
            body=BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch(
                name=name,
                is_archived=is_archived,
                protection_status=protection_status,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_branches_update, request_options)

    async def rebase(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Rebase A Branch Onto Main

        Rebase a branch onto the latest main branch, incorporating main's changes while preserving the
        branch's own changes.

        `POST /v1/convai/agents/{agent_id}/branches/{branch_id}/rebase`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the source branch to merge from.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_branches_rebase._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_branches_rebase, request_options)

    async def preview_rebase(
        self,
        agent_id: str,
        branch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MergePreviewResponseModel:
        """Preview Rebased Configuration

        Returns the result of rebasing the branch onto main without performing the rebase. Useful for
        showing an accurate diff before confirming.

        `GET /v1/convai/agents/{agent_id}/branches/{branch_id}/rebase-preview`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): Unique identifier for the source branch to merge from.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("branch_id", branch_id)
        kwargs = conversational_ai_agents_branches_preview_rebase._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_branches_preview_rebase, request_options
        )

    async def merge(
        self,
        agent_id: str,
        source_branch_id: str,
        *,
        archive_source_branch: bool | Unset = UNSET,
        force: bool | Unset = UNSET,
        target_branch_id: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Merge A Branch Into A Target Branch

        Merge a branch into a target branch

        `POST /v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            source_branch_id (str): Unique identifier for the source branch to merge from.
            archive_source_branch (bool | Unset): Whether to archive the source branch after merging
                Defaults to True on the server.
            force (bool | Unset): Force source branch changes onto the target, overriding
                timestamp-based conflict resolution Defaults to False on the server.
            target_branch_id (str): The ID of the target branch to merge into.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("source_branch_id", source_branch_id)
        from ...models.body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post import (
            BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost,
        )

        kwargs = conversational_ai_agents_branches_merge._get_kwargs(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            body=BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost(
                archive_source_branch=archive_source_branch,
                force=force,
            ),
            target_branch_id=target_branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_branches_merge, request_options)

    async def preview_merge(
        self,
        agent_id: str,
        source_branch_id: str,
        *,
        target_branch_id: str,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MergePreviewResponseModel:
        """Preview Merged Configuration

        Returns the result of merging the source branch into the target branch without performing the merge.
        Useful for showing an accurate diff before confirming.

        `GET /v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge-preview`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            source_branch_id (str): Unique identifier for the source branch to merge from.
            target_branch_id (str): The ID of the target branch to merge into.
            force (bool | Unset): When true, source branch changes always win conflicts regardless of
                timestamps Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("source_branch_id", source_branch_id)
        kwargs = conversational_ai_agents_branches_preview_merge._get_kwargs(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            target_branch_id=target_branch_id,
            force=force,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_branches_preview_merge, request_options
        )


class AsyncConversationalAiAgentsBranchesResourceWithRawResponse:
    """`AsyncConversationalAiAgentsBranchesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsBranchesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.rebase = async_raw_response(resource.rebase)
        self.preview_rebase = async_raw_response(resource.preview_rebase)
        self.merge = async_raw_response(resource.merge)
        self.preview_merge = async_raw_response(resource.preview_merge)
