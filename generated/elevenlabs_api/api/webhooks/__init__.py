"""`client.webhooks`: the operations of group `webhooks`, as methods of WebhooksResource and AsyncWebhooksResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

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
from . import webhooks_create, webhooks_delete, webhooks_list, webhooks_update


def _parse_webhooks_list(response: httpx.Response) -> models.WorkspaceWebhookListResponseModel:
    from ...models.workspace_webhook_list_response_model import WorkspaceWebhookListResponseModel

    response_200 = WorkspaceWebhookListResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_webhooks_create(response: httpx.Response) -> models.WorkspaceCreateWebhookResponseModel:
    from ...models.workspace_create_webhook_response_model import WorkspaceCreateWebhookResponseModel

    response_200 = WorkspaceCreateWebhookResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_webhooks_delete(response: httpx.Response) -> models.DeleteWorkspaceWebhookResponseModel:
    from ...models.delete_workspace_webhook_response_model import DeleteWorkspaceWebhookResponseModel

    response_200 = DeleteWorkspaceWebhookResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_webhooks_update(response: httpx.Response) -> models.PatchWorkspaceWebhookResponseModel:
    from ...models.patch_workspace_webhook_response_model import PatchWorkspaceWebhookResponseModel

    response_200 = PatchWorkspaceWebhookResponseModel.from_dict(loads(response.content))

    return response_200


class WebhooksListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    include_usages: bool | Unset


class WebhooksResource:
    """The operations of group `webhooks`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WebhooksResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        include_usages: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceWebhookListResponseModel:
        """List Workspace Webhooks

        List all webhooks for a workspace

        `GET /v1/workspace/webhooks`.

        Args:
            include_usages (bool | Unset): Whether to include active usages of the webhook, only usable
                by admins Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = webhooks_list._get_kwargs(
            include_usages=include_usages,
        )

        return self._requester.request(kwargs, _parse_webhooks_list, request_options)

    def create(
        self,
        settings: models.WebhookHmacSettings,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceCreateWebhookResponseModel:
        """Create Workspace Webhook

        Create a new webhook for the workspace with the specified authentication type.

        `POST /v1/workspace/webhooks`.

        Args:
            settings (WebhookHmacSettings): Settings for creating an HMAC-authenticated webhook
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_workspace_webhook_v1_workspace_webhooks_post import (
            BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
        )

        kwargs = webhooks_create._get_kwargs(
            body=BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost(
                settings=settings,
            ),
        )

        return self._requester.request(kwargs, _parse_webhooks_create, request_options)

    def delete(
        self,
        webhook_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteWorkspaceWebhookResponseModel:
        """Delete Workspace Webhook

        Delete the specified workspace webhook

        `DELETE /v1/workspace/webhooks/{webhook_id}`.

        Args:
            webhook_id (str): The unique ID for the webhook
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("webhook_id", webhook_id)
        kwargs = webhooks_delete._get_kwargs(
            webhook_id=webhook_id,
        )

        return self._requester.request(kwargs, _parse_webhooks_delete, request_options)

    def update(
        self,
        webhook_id: str,
        is_disabled: bool,
        name: str,
        *,
        retry_enabled: bool | None | Unset = UNSET,
        request_headers: models.BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0
        | None
        | Unset = UNSET,
        events: builtins.list[models.WorkspaceWebhookEventType] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.PatchWorkspaceWebhookResponseModel:
        """Update Workspace Webhook

        Update the specified workspace webhook

        `PATCH /v1/workspace/webhooks/{webhook_id}`.

        Args:
            webhook_id (str): The unique ID for the webhook
            is_disabled (bool): Whether to disable or enable the webhook
            name (str): The display name of the webhook (used for display purposes only).
            retry_enabled (bool | None | Unset): Whether to enable automatic retries for transient
                failures (5xx, 429, timeout)
            request_headers (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0 | None | Unset):
                A list of request headers to include with the webhook delivery (optional)
            events (list[WorkspaceWebhookEventType] | None | Unset): The complete set of workspace-level
                events this webhook should be subscribed to. The webhook is added to the events in the list
                and removed from any not in the list. Omit to leave the current event subscriptions
                unchanged.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("webhook_id", webhook_id)
        from ...models.body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch import (
            BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
        )

        kwargs = webhooks_update._get_kwargs(
            webhook_id=webhook_id,
            body=BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch(
                is_disabled=is_disabled,
                name=name,
                retry_enabled=retry_enabled,
                request_headers=request_headers,
                events=events,
            ),
        )

        return self._requester.request(kwargs, _parse_webhooks_update, request_options)


class WebhooksResourceWithRawResponse:
    """`WebhooksResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncWebhooksResource:
    """The operations of group `webhooks`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWebhooksResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        include_usages: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceWebhookListResponseModel:
        """List Workspace Webhooks

        List all webhooks for a workspace

        `GET /v1/workspace/webhooks`.

        Args:
            include_usages (bool | Unset): Whether to include active usages of the webhook, only usable
                by admins Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = webhooks_list._get_kwargs(
            include_usages=include_usages,
        )

        return await self._requester.request(kwargs, _parse_webhooks_list, request_options)

    async def create(
        self,
        settings: models.WebhookHmacSettings,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceCreateWebhookResponseModel:
        """Create Workspace Webhook

        Create a new webhook for the workspace with the specified authentication type.

        `POST /v1/workspace/webhooks`.

        Args:
            settings (WebhookHmacSettings): Settings for creating an HMAC-authenticated webhook
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_workspace_webhook_v1_workspace_webhooks_post import (
            BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
        )

        kwargs = webhooks_create._get_kwargs(
            body=BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost(
                settings=settings,
            ),
        )

        return await self._requester.request(kwargs, _parse_webhooks_create, request_options)

    async def delete(
        self,
        webhook_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteWorkspaceWebhookResponseModel:
        """Delete Workspace Webhook

        Delete the specified workspace webhook

        `DELETE /v1/workspace/webhooks/{webhook_id}`.

        Args:
            webhook_id (str): The unique ID for the webhook
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("webhook_id", webhook_id)
        kwargs = webhooks_delete._get_kwargs(
            webhook_id=webhook_id,
        )

        return await self._requester.request(kwargs, _parse_webhooks_delete, request_options)

    async def update(
        self,
        webhook_id: str,
        is_disabled: bool,
        name: str,
        *,
        retry_enabled: bool | None | Unset = UNSET,
        request_headers: models.BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0
        | None
        | Unset = UNSET,
        events: builtins.list[models.WorkspaceWebhookEventType] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.PatchWorkspaceWebhookResponseModel:
        """Update Workspace Webhook

        Update the specified workspace webhook

        `PATCH /v1/workspace/webhooks/{webhook_id}`.

        Args:
            webhook_id (str): The unique ID for the webhook
            is_disabled (bool): Whether to disable or enable the webhook
            name (str): The display name of the webhook (used for display purposes only).
            retry_enabled (bool | None | Unset): Whether to enable automatic retries for transient
                failures (5xx, 429, timeout)
            request_headers (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0 | None | Unset):
                A list of request headers to include with the webhook delivery (optional)
            events (list[WorkspaceWebhookEventType] | None | Unset): The complete set of workspace-level
                events this webhook should be subscribed to. The webhook is added to the events in the list
                and removed from any not in the list. Omit to leave the current event subscriptions
                unchanged.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("webhook_id", webhook_id)
        from ...models.body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch import (
            BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
        )

        kwargs = webhooks_update._get_kwargs(
            webhook_id=webhook_id,
            body=BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch(
                is_disabled=is_disabled,
                name=name,
                retry_enabled=retry_enabled,
                request_headers=request_headers,
                events=events,
            ),
        )

        return await self._requester.request(kwargs, _parse_webhooks_update, request_options)


class AsyncWebhooksResourceWithRawResponse:
    """`AsyncWebhooksResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
